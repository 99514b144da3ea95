package com.skillconnect.app.realtime;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot's Redis auto-configurations out of the application unless
 * {@code skillconnect.realtime.backplane=redis} (ADR 26): with {@code local} no connection factory exists, so nothing
 * connects to Redis, at start or in a health check. With {@code redis} only the connection (Lettuce, from
 * {@code spring.data.redis.*}) and its templates come in: no health contributor (an instance whose Redis is away still
 * serves every request; frames are dropped until it is back), no reactive or repository support, no per-command
 * observation. Registered in {@code META-INF/spring.factories}.
 */
public class RedisOnlyForItsBackplane implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String PACKAGE = "org.springframework.boot.data.redis.autoconfigure.";
    private static final Set<String> FOR_THE_REDIS_BACKPLANE = Set.of(PACKAGE + "DataRedisAutoConfiguration");

    private boolean redisBackplane;

    @Override
    public void setEnvironment(Environment environment) {
        redisBackplane = RealtimeProperties.REDIS.equals(
                RealtimeProperties.backplaneOf(environment.getProperty(RealtimeProperties.BACKPLANE)));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = candidate == null || !candidate.startsWith(PACKAGE)
                    || redisBackplane && FOR_THE_REDIS_BACKPLANE.contains(candidate);
        }
        return matches;
    }
}
