package com.skillconnect.app.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the server keeps its data; survives restarts. Blank: a throw-away directory
 *                (used by the tests).
 * @param port    the server's port; 0 picks a free one.
 */
@ConfigurationProperties("skillconnect.db.embedded")
public record EmbeddedDatabaseProperties(String dataDir, int port) {
}
