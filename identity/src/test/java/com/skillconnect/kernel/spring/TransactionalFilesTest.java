package com.skillconnect.kernel.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionalFilesTest {

    private final List<String> deleted = new ArrayList<>();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    /** Ends a (simulated) transaction the way the transaction manager does. */
    private static void end(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        if (status == TransactionSynchronization.STATUS_COMMITTED) {
            synchronizations.forEach(TransactionSynchronization::afterCommit);
        }
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void aStoredFileIsDeletedWhenTheTransactionRollsBack() {
        TransactionSynchronizationManager.initSynchronization();
        String file = TransactionalFiles.storeUnlessRolledBack(() -> "a.png", deleted::add);
        TransactionalFiles.deleteAfterCommit(List.of("old.png"), deleted::add);

        end(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(file).isEqualTo("a.png");
        assertThat(deleted).containsExactly("a.png");
    }

    @Test
    void aCommitKeepsTheStoredFileAndDeletesTheUnusedOnes() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionalFiles.storeUnlessRolledBack(() -> "a.png", deleted::add);
        TransactionalFiles.deleteAfterCommit(List.of("old.png", "older.pdf"), deleted::add);

        end(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(deleted).containsExactly("old.png", "older.pdf");
    }

    @Test
    void aFailingDeleteIsNoFailure() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionalFiles.storeUnlessRolledBack(() -> "a.png", file -> {
            throw new IllegalStateException("disk gone");
        });
        TransactionalFiles.storeUnlessRolledBack(() -> "b.png", deleted::add);

        end(TransactionSynchronization.STATUS_UNKNOWN);

        assertThat(deleted).containsExactly("b.png");
    }

    @Test
    void outsideATransactionNothingIsStored() {
        List<String> stored = new ArrayList<>();
        assertThatIllegalStateException().isThrownBy(
                () -> TransactionalFiles.storeUnlessRolledBack(() -> stored.add("a.png") ? "a.png" : null, deleted::add));
        assertThat(stored).isEmpty();
    }
}
