package com.skillconnect.identity.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LowPriorityThreadsTest {

    private static final Path OWN_STAT = Path.of("/proc/thread-self/stat");

    @Test
    void aThreadLowersItsOwnPriorityBeforeItsFirstTask() throws Exception {
        assumeTrue(Files.exists(OWN_STAT), "Linux only");
        int callers = ownNice();

        assertThat(niceOfATaskOn(new LowPriorityThreads("test", 10))).isEqualTo(10);
        assertThat(ownNice()).as("the thread that made it keeps its priority").isEqualTo(callers);
    }

    @Test
    void zeroLeavesThePriorityAsItIs() throws Exception {
        assumeTrue(Files.exists(OWN_STAT), "Linux only");

        assertThat(niceOfATaskOn(new LowPriorityThreads("test", 0))).isEqualTo(ownNice());
    }

    @Test
    void onlyLowersAndOnlyWithinLinuxsRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LowPriorityThreads("test", -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new LowPriorityThreads("test", 20));
    }

    @Test
    void namesItsThreads() {
        LowPriorityThreads threads = new LowPriorityThreads("hashing", 0);

        assertThat(threads.newThread(() -> { }).getName()).isEqualTo("hashing-1");
        assertThat(threads.newThread(() -> { }).getName()).isEqualTo("hashing-2");
    }

    private static int niceOfATaskOn(LowPriorityThreads threads) throws Exception {
        CompletableFuture<Integer> nice = new CompletableFuture<>();
        threads.newThread(() -> nice.complete(ownNice())).start();
        return nice.get(10, TimeUnit.SECONDS);
    }

    /** Field 19 of {@code /proc/thread-self/stat}: the calling thread's nice value. */
    private static int ownNice() {
        try {
            String stat = Files.readString(OWN_STAT);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
