package org.hearth.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements the application runs on its request threads (Tomcat's {@code http-nio-…}), so a test
 * can say how many statements a page costs and fail when that grows (an N+1 query, a write on every page). The
 * application's DataSource is wrapped, in every integration test alike (one shared Spring context); statements are
 * only recorded between {@link #start()} and {@link #stop()}.
 */
public final class StatementCounter {
    private static final AtomicBoolean RECORDING = new AtomicBoolean();
    private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

    private StatementCounter() {}

    public static void start() {
        STATEMENTS.clear();
        RECORDING.set(true);
    }

    /** The statements run on request threads since {@link #start()}, in order (their first line). */
    public static List<String> stop() {
        RECORDING.set(false);
        return List.copyOf(STATEMENTS);
    }

    /** The statements run so far since {@link #start()}, recording on (to see what ran before a given point). */
    public static List<String> sofar() {
        return List.copyOf(STATEMENTS);
    }

    /**
     * The statements {@code work} runs on this thread, for a test that calls a component directly (the access seam's
     * judgement) rather than through a request.
     */
    public static List<String> during(Runnable work) {
        start();
        HERE.set(true);
        try {
            work.run();
        } finally {
            HERE.set(false);
        }
        return stop();
    }

    private static final ThreadLocal<Boolean> HERE = ThreadLocal.withInitial(() -> false);

    private static void record(String sql) {
        if (RECORDING.get() && (HERE.get() || Thread.currentThread().getName().startsWith("http-nio"))) {
            String s = sql == null ? "(batch)" : sql.strip();
            int nl = s.indexOf('\n');
            STATEMENTS.add(nl < 0 ? s : s.substring(0, nl));
        }
    }

    @Configuration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds && "dataSource".equals(beanName) ? dataSource(ds) : bean;
                }
            };
        }
    }

    static DataSource dataSource(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class, java.io.Closeable.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close") && m.getParameterCount() == 0) {
                        if (real instanceof AutoCloseable c) {
                            c.close();
                        }
                        return null;
                    }
                    Object r = call(m, real, args, proxy);
                    return r instanceof Connection c ? connection(c) : r;
                });
    }

    private static Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    Object r = call(m, real, args, proxy);
                    if (r instanceof Statement s) {
                        String sql = m.getName().startsWith("prepare") && args != null && args[0] instanceof String q ? q : null;
                        return statement(s, sql);
                    }
                    return r;
                });
    }

    private static Statement statement(Statement real, String preparedSql) {
        java.util.Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
        for (Class<?> c = real.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (Statement.class.isAssignableFrom(i) && i.getName().startsWith("java.sql.")) {
                    interfaces.add(i);
                }
            }
        }
        interfaces.add(Statement.class);
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                interfaces.toArray(Class<?>[]::new), (proxy, m, args) -> {
                    if (m.getName().startsWith("execute")) {
                        record(args != null && args.length > 0 && args[0] instanceof String q ? q : preparedSql);
                    }
                    return call(m, real, args, proxy);
                });
    }

    private static Object call(Method m, Object target, Object[] args, Object proxy) throws Throwable {
        switch (m.getName()) {
            case "equals":
                if (m.getParameterCount() == 1) {
                    return proxy == args[0];
                }
                break;
            case "hashCode":
                if (m.getParameterCount() == 0) {
                    return System.identityHashCode(proxy);
                }
                break;
            default:
                break;
        }
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
