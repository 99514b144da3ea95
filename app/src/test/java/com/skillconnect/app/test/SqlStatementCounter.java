package com.skillconnect.app.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application executes, to prove that an endpoint runs a constant number of
 * them (no N+1). It wraps the {@link DataSource} bean in a {@link Proxy} that wraps every connection and
 * statement it hands out and records each execution ({@code execute*}, {@code executeBatch} counting once)
 * with its SQL and the executing thread.
 * <p>
 * Deliberately not a {@code @Component}: {@code ApiTestSupport} imports it, so that every API test shares
 * one context with it, while the contexts other tests build keep the plain pool (some check its type).
 * The wrapper only observes: {@code unwrap}/{@code isWrapperFor} reach the real pool.
 * <p>
 * Use: {@code var recording = counter.record(); …request…; recording.onServerThreads()} — the statements
 * executed by the server's request threads ({@code http-nio-…-exec-…}), leaving out the test's own queries
 * and asynchronous event listeners.
 */
public class SqlStatementCounter implements BeanPostProcessor {

    /**
     * A statement as executed: on which thread, which SQL, and the parameters bound to a prepared
     * statement's placeholders before it ran ({@code parameters.get(0)} is placeholder 1; empty for plain statements).
     */
    public record Executed(String thread, String sql, List<Object> parameters) {

        public Executed(String thread, String sql) {
            this(thread, sql, List.of());
        }

        public Executed {
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }
    }

    private static final long SLOW_NANOS = 100_000_000;

    private final List<Executed> executed = new CopyOnWriteArrayList<>();
    private final AtomicLong slowestExecution = new AtomicLong();
    private final AtomicInteger slowExecutions = new AtomicInteger();
    private volatile boolean recording;

    /**
     * The longest statement execution (JDBC {@code execute*}, PostgreSQL's time plus the round trip) and how many
     * took {@value #SLOW_NANOS} ns or more since the last call, then starts afresh: {@code {max ms, count}}.
     */
    public double[] slowestExecutionsSinceLastAsked() {
        return new double[] {slowestExecution.getAndSet(0) / 1e6, slowExecutions.getAndSet(0)};
    }

    /** Starts recording afresh; earlier recordings end. */
    public Recording record() {
        executed.clear();
        recording = true;
        return new Recording();
    }

    /** What was executed since {@link #record()}. */
    public final class Recording {

        private Recording() {
        }

        public List<Executed> all() {
            return List.copyOf(executed);
        }

        public List<Executed> where(Predicate<String> thread) {
            return executed.stream().filter(statement -> thread.test(statement.thread())).toList();
        }

        /** Statements run by the embedded server's request threads. */
        public List<Executed> onServerThreads() {
            return where(thread -> thread.startsWith("http-") && thread.contains("-exec-"));
        }

        public void stop() {
            recording = false;
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (real, method, args) -> {
            Object result = invoke(real, method, args);
            if (result instanceof Statement statement && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<? extends Statement> type = result instanceof CallableStatement ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return statement(type, statement, sql);
            }
            return result;
        });
    }

    /** The setters of a prepared statement whose second argument is the bound value (setNull binds null). */
    private static final Set<String> SETTERS = Set.of("setObject", "setString", "setLong", "setInt", "setShort",
            "setBoolean", "setDouble", "setFloat", "setBigDecimal", "setTimestamp", "setDate", "setTime", "setNull");

    private <S extends Statement> S statement(Class<S> type, Statement target, String preparedSql) {
        List<Object> bound = new ArrayList<>();
        return proxy(type, type.cast(target), (real, method, args) -> {
            String name = method.getName();
            if (SETTERS.contains(name) && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                while (bound.size() < index) {
                    bound.add(null);
                }
                bound.set(index - 1, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                bound.clear();
            }
            if (recording && name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                executed.add(new Executed(Thread.currentThread().getName(), sql,
                        args != null && args.length > 0 && args[0] instanceof String ? List.of() : bound));
            }
            if (!name.startsWith("execute")) {
                return invoke(real, method, args);
            }
            long started = System.nanoTime();
            try {
                return invoke(real, method, args);
            } finally {
                long took = System.nanoTime() - started;
                slowestExecution.accumulateAndGet(took, Math::max);
                if (took >= SLOW_NANOS) {
                    slowExecutions.incrementAndGet();
                }
            }
        });
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> method.getParameterCount() == 1 && proxy == args[0];
            case "hashCode" -> method.getParameterCount() == 0 ? System.identityHashCode(proxy) : handler.handle(target, method, args);
            case "toString" -> method.getParameterCount() == 0 ? "counted " + target : handler.handle(target, method, args);
            default -> handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
