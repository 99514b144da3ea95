package com.skillconnect.kernel.spring;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files kept beside a database change, all or nothing: an upload is stored now (the rows that name it
 * are written later in the same transaction) and deleted again unless the transaction commits; a file
 * the change stops using is deleted only once the transaction has committed. Both need an active
 * transaction ({@code @Transactional} use case). The file type is the kernel's
 * {@code StoredFile}; storing and deleting are {@code FileStorage}'s methods (generic, so a test may pass its own).
 * <pre>{@code
 * StoredFile picture = TransactionalFiles.storeUnlessRolledBack(() -> storage.store(folder, upload), storage::delete);
 * TransactionalFiles.deleteAfterCommit(replaced, storage::delete);
 * }</pre>
 */
public final class TransactionalFiles {

    private static final Logger log = LoggerFactory.getLogger(TransactionalFiles.class);

    private TransactionalFiles() {
    }

    /** Stores a file now; it is deleted again when the transaction rolls back (or ends unknown). */
    public static <F> F storeUnlessRolledBack(Supplier<F> store, Consumer<? super F> delete) {
        requireTransaction();
        F file = store.get();
        if (file != null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(List.of(file), delete);
                    }
                }
            });
        }
        return file;
    }

    /** Deletes the files once the transaction has committed; a rollback keeps them (they are still used). */
    public static <F> void deleteAfterCommit(Collection<? extends F> files, Consumer<? super F> delete) {
        requireTransaction();
        if (files.isEmpty()) {
            return;
        }
        List<F> copy = List.copyOf(files);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(copy, delete);
            }
        });
    }

    /** A file that cannot be deleted is left behind (and logged), never a failure of the request. */
    private static <F> void deleteQuietly(Collection<? extends F> files, Consumer<? super F> delete) {
        for (F file : files) {
            try {
                delete.accept(file);
            } catch (RuntimeException e) {
                log.warn("Could not delete the stored file {}", file, e);
            }
        }
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Files are stored with a database change: call this inside a transaction");
        }
    }
}
