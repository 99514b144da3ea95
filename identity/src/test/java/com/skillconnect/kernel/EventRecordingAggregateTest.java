package com.skillconnect.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventRecordingAggregateTest {

    record Renamed(String name) {
    }

    record Closed() {
    }

    static class Shop extends EventRecordingAggregate {
        void rename(String name) {
            raiseLatest(new Renamed(name));
        }

        void close() {
            raise(new Closed());
        }
    }

    @Test
    void eventsAreTakenOnceInTheOrderRaised() {
        Shop shop = new Shop();
        shop.close();
        shop.rename("A");

        assertThat(shop.takeEvents()).containsExactly(new Closed(), new Renamed("A"));
        assertThat(shop.takeEvents()).isEmpty();
    }

    @Test
    void aLatestEventReplacesEarlierOnesOfItsType() {
        Shop shop = new Shop();
        shop.rename("A");
        shop.close();
        shop.rename("B");

        assertThat(shop.takeEvents()).containsExactly(new Closed(), new Renamed("B"));
    }
}
