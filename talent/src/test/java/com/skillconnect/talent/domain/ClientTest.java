package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import static com.skillconnect.talent.domain.ClientFixtures.details;
import static com.skillconnect.talent.domain.ClientFixtures.documentExample;
import static com.skillconnect.talent.domain.ClientFixtures.minimalIndividual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.ProfileCardChanged;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTest {

    static final Instant T0 = Instant.parse("2025-10-10T11:00:00Z");
    static final ClientId ID = new ClientId(7);
    static final UserId USER = new UserId(10);
    static final StoredFile PICTURE = new StoredFile("profiles/clients/a.png");
    static final StoredFile NEW_PICTURE = new StoredFile("profiles/clients/b.png");

    @Test
    void aNewProfileRaisesItsCard() {
        Client client = Client.create(ID, USER, details(documentExample()), PICTURE, T0);

        assertThat(client.id()).isEqualTo(ID);
        assertThat(client.userId()).isEqualTo(USER);
        assertThat(client.createdAt()).isEqualTo(T0);
        assertThat(client.updatedAt()).isEqualTo(T0);
        assertThat(client.picture()).contains(PICTURE);
        assertThat(client.takeEvents()).containsExactly(ProfileCardChanged.ofClient(USER, new ClientId(7), "Jane", "Smith",
                "/media/profiles/clients/a.png", "Bangalore", "business", "TechStart Inc", "India", "Technology", T0));
        assertThat(client.takeEvents()).as("pulled once").isEmpty();
    }

    @Test
    void aProfileWithoutPictureHasANullPictureUrlOnItsCard() {
        Client client = Client.create(ID, USER, details(minimalIndividual()), null, T0);

        assertThat(client.picture()).isEmpty();
        assertThat(client.takeEvents()).singleElement().isInstanceOfSatisfying(ProfileCardChanged.class, card -> {
            assertThat(card.pictureUrl()).isNull();
            assertThat(card.skills()).isEmpty();
            assertThat(card.available()).isTrue();
            assertThat(card.displayName()).isEqualTo("Ravi Kumar");
        });
    }

    @Test
    void newDetailsReplaceTheOldAndRaiseTheCardAgain() {
        Client client = Client.create(ID, USER, details(documentExample()), PICTURE, T0);
        client.takeEvents();
        Instant later = T0.plusSeconds(60);

        client.changeDetails(details(minimalIndividual()), later);

        assertThat(client.details().accountType()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(client.picture()).as("kept when no new one is given").contains(PICTURE);
        assertThat(client.createdAt()).isEqualTo(T0);
        assertThat(client.updatedAt()).isEqualTo(later);
        assertThat(client.takeEvents()).singleElement().isInstanceOfSatisfying(ProfileCardChanged.class, card -> {
            assertThat(card.firstName()).isEqualTo("Ravi");
            assertThat(card.location()).isEqualTo("Pune");
            assertThat(card.pictureUrl()).isEqualTo(PICTURE.url());
        });
    }

    @Test
    void aNewPictureReplacesTheOldOneWhichTheCallerMustDelete() {
        Client client = Client.create(ID, USER, details(documentExample()), PICTURE, T0);

        assertThat(client.changePicture(NEW_PICTURE, T0.plusSeconds(1))).contains(PICTURE);
        assertThat(client.picture()).contains(NEW_PICTURE);
    }

    @Test
    void aFirstPictureReplacesNothing() {
        Client client = Client.create(ID, USER, details(minimalIndividual()), null, T0);

        assertThat(client.changePicture(NEW_PICTURE, T0.plusSeconds(1))).isEmpty();
        assertThat(client.picture()).contains(NEW_PICTURE);
    }

    @Test
    void severalChangesBeforePublishingRaiseOnlyTheLatestCard() {
        Client client = Client.create(ID, USER, details(documentExample()), null, T0);
        client.changeDetails(details(minimalIndividual()), T0.plusSeconds(1));
        client.changePicture(NEW_PICTURE, T0.plusSeconds(1));

        assertThat(client.takeEvents()).singleElement().extracting("firstName").isEqualTo("Ravi");
    }

    @Test
    void updatedAtNeverGoesBeforeCreatedAt() {
        Client client = Client.create(ID, USER, details(documentExample()), null, T0);
        client.changeDetails(client.details(), T0.minusSeconds(5));

        assertThat(client.updatedAt()).isEqualTo(T0);
    }

    @Test
    void theSamePictureAgainReplacesNothing() {
        Client client = Client.create(ID, USER, details(documentExample()), PICTURE, T0);

        assertThat(client.changePicture(PICTURE, T0.plusSeconds(1))).isEmpty();
        assertThat(client.picture()).contains(PICTURE);
    }

    @Test
    void aBusinessAccountAlwaysNamesItsCompany() {
        ClientDetails business = details(documentExample());
        ClientDetails nameless = new ClientDetails(AccountType.BUSINESS, "Jane", "Smith", "", business.companyDescription(),
                "India", "Bangalore", business.industry(), business.companySize(), null, List.of(), "", "", List.of(), "", List.of(), List.of(), "", "",
                "", "", null, null, "");
        Client client = Client.create(ID, USER, details(minimalIndividual()), null, T0);

        assertThatIllegalArgumentException().isThrownBy(() -> client.changeDetails(nameless, T0.plusSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> Client.create(ID, USER, nameless, null, T0));
        assertThat(client.details().accountType()).isEqualTo(AccountType.INDIVIDUAL);
    }

    @Test
    void idsArePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientId(0));
        assertThat(new ClientId(3).toString()).isEqualTo("3");
    }
}
