/**
 * The shared kernel's Spring side: infrastructure the adapters of every module use the same way —
 * publishing an aggregate's recorded events when it is saved ({@link com.skillconnect.kernel.spring.RecordedEvents}),
 * files stored in a transaction and deleted unless it commits ({@link com.skillconnect.kernel.spring.TransactionalFiles}),
 * unique-constraint names turned into rule violations ({@link com.skillconnect.kernel.spring.UniqueConstraints}),
 * the app's one file storage ({@code LocalFileStorage}) and, for web adapters, the common codes' English words
 * ({@link com.skillconnect.kernel.spring.CommonMessages}), and for query adapters the memory of large results' counts
 * and pages ({@link com.skillconnect.kernel.spring.RememberedCounts}, {@link com.skillconnect.kernel.spring.RememberedPages},
 * renewed by {@link com.skillconnect.kernel.spring.Renewals}, ADR 0007), the caller ({@link com.skillconnect.kernel.spring.Callers}),
 * multipart uploads ({@link com.skillconnect.kernel.spring.MultipartUploads}), list-of-names fields
 * ({@link com.skillconnect.kernel.spring.NameListReader}) and the mark of a creating POST that takes an
 * {@code Idempotency-Key} ({@link com.skillconnect.kernel.spring.Idempotent}, served by app, ADR 31), and for socket
 * adapters how a handshake refuses ({@link com.skillconnect.kernel.spring.HandshakeRefusal}). Domains never use this
 * package; adapters (and app) do.
 */
package com.skillconnect.kernel.spring;
