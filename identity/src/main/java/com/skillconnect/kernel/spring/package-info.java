/**
 * The shared kernel's Spring side: infrastructure the adapters of every module use the same way —
 * publishing an aggregate's recorded events when it is saved ({@link com.skillconnect.kernel.spring.RecordedEvents}),
 * files stored in a transaction and deleted unless it commits ({@link com.skillconnect.kernel.spring.TransactionalFiles}),
 * and unique-constraint names turned into rule violations ({@link com.skillconnect.kernel.spring.UniqueConstraints}).
 * Domains never use this package; adapters (and app) do.
 */
package com.skillconnect.kernel.spring;
