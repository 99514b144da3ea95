package com.skillconnect.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * The default database: a real PostgreSQL 17 server started in-process (zonky binaries), keeping
 * its data under {@code skillconnect.db.embedded.data-dir} so that it survives restarts. Backs off
 * as soon as {@code spring.datasource.url} names an external server.
 *
 * <p>The server takes only our own connections (the password kept beside the data, loopback TCP only, no
 * Unix socket), writes durably on a kept directory (fsync and synchronous commit on), and a server left
 * running by a killed application is stopped before a new one starts (ADR 9).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDataSourceConfigured.class)
class EmbeddedPostgresConfiguration {

    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "delete")
    DataDirectory embeddedDataDirectory(EmbeddedDatabaseProperties properties) throws IOException {
        return StringUtils.hasText(properties.dataDir())
                ? DataDirectory.kept(Path.of(properties.dataDir()))
                : DataDirectory.throwAway();
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectory directory, EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = directory.path();
        if (directory.kept()) {
            log.info("Starting the embedded PostgreSQL with its data in {}", dataDir);
            LeftoverServer.stopIfAny(dataDir);
        } else {
            log.info("Starting a throw-away embedded PostgreSQL (no data directory configured)");
        }
        boolean initialised = Files.exists(dataDir.resolve("postgresql.conf"));
        boolean secured = initialised && ClientAuthentication.requiresPassword(dataDir);
        if (secured && !Files.exists(directory.passwordFile())) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " requires the password kept in "
                    + directory.passwordFile() + ", which is missing: restore that file");
        }
        String password = ServerPassword.readOrCreate(directory.passwordFile());

        // Stopped by this bean's close, after everything that uses the database has shut down. Its own
        // JVM shutdown hook would stop the server while Spring is still closing (the event publication
        // registry, open requests) and hang the shutdown for Hikari's connection timeout.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!directory.kept())
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setConnectConfig("password", password);
        // The library starts the server with -F (fsync off) and synchronous_commit off; the settings below
        // come after -F on the command line and win. A throw-away directory is deleted at stop: nothing in
        // it has to survive a crash, so it keeps the fast settings.
        String durable = directory.kept() ? "on" : "off";
        builder.setServerConfig("fsync", durable).setServerConfig("synchronous_commit", durable);
        if (!initialised) {
            // the library passes these "locale" settings to initdb as --name=value: the superuser gets its
            // password at creation, so no connection ever happens without it
            builder.setLocaleConfig("pwfile", directory.passwordFile().toString());
        }
        if (!initialised || secured) {
            builder.setDataDirectoryCustomizer(dir -> ClientAuthentication.requirePassword(dir.toPath()));
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        if (!secured && initialised) {
            secureLegacyDirectory(postgres, dataDir, password);
        }
        return postgres;
    }

    /**
     * A data directory made before the server had a password trusts every local connection: give the
     * superuser the password, then make the server ask for it.
     */
    private static void secureLegacyDirectory(EmbeddedPostgres postgres, Path dataDir, String password) {
        log.warn("The embedded PostgreSQL in {} accepted connections without a password: setting one", dataDir);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            ClientAuthentication.requirePassword(dataDir);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the embedded PostgreSQL in " + dataDir, e);
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, DataDirectory directory) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, "postgres"));
        dataSource.setUsername(SUPERUSER);
        dataSource.setPassword(ServerPassword.read(directory.passwordFile()));
        return dataSource;
    }

    /**
     * Where the server keeps its data and, beside it, its password ({@code <data-dir>.password}). A
     * throw-away directory lives in a fresh temporary root, deleted at stop.
     */
    record DataDirectory(Path path, Path passwordFile, boolean kept, Path throwAwayRoot) {

        static DataDirectory kept(Path configured) throws IOException {
            Path path = configured.toAbsolutePath().normalize();
            Files.createDirectories(path);
            return new DataDirectory(path, path.resolveSibling(path.getFileName() + ".password"), true, null);
        }

        static DataDirectory throwAway() throws IOException {
            Path root = Files.createTempDirectory("skillconnect-pg");
            return new DataDirectory(root.resolve("data"), root.resolve("data.password"), false, root);
        }

        /** Deletes a throw-away directory (after its server stopped); a kept one stays. */
        void delete() {
            if (throwAwayRoot != null) {
                try {
                    FileSystemUtils.deleteRecursively(throwAwayRoot);
                } catch (IOException e) {
                    log.warn("Could not delete {}", throwAwayRoot, e);
                }
            }
        }
    }
}
