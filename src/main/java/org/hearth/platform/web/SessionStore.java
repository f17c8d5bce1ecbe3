package org.hearth.platform.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL, so that several Hearth instances can serve one council.
 * <p>
 * Two requests in one session at once (two tabs, a draft save while a page loads) may both add the same new
 * attribute, such as the CSRF token; a plain INSERT then fails on the primary key and the page errors. The attribute
 * is upserted instead.
 * <p>
 * Every page touches its session (the last-access time), so every page would wait for a disk flush. Session writes
 * commit without waiting for the flush ({@code synchronous_commit off}): a crash can lose the last fraction of a
 * second of session touches, which at worst signs someone out; it cannot corrupt anything, and the child's record
 * and the audit keep full durability.
 * <p>
 * A page that changes nothing in its session but the last-access time does not write it at all unless the stored
 * time is {@link #TOUCH_INTERVAL} old ({@link SessionTouches}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {
    /** How stale the stored last-access time may get before a page that only touches its session writes it. */
    static final java.time.Duration TOUCH_INTERVAL = java.time.Duration.ofSeconds(30);

    /**
     * Wraps the JDBC session store Spring Boot configures rather than declaring another session repository, which
     * would make Boot's JDBC session configuration (conditional on there being none) back off.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor sessionTouches() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new SessionTouches<>(store, TOUCH_INTERVAL)
                        : bean;
            }
        };
    }

    /**
     * The security context and CSRF token every page reads are deserialised once per stored value, not on every
     * request ({@link SessionValues}); the session itself is still read from the database each time.
     */
    @Bean
    SessionValues sessionValues() {
        return new SessionValues(SessionStore.class.getClassLoader());
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionValuesInTheStore(SessionValues values) {
        return repository -> repository.setConversionService(values.conversions());
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
    }

    /**
     * Spring Session uses the bean of this name for its own transactions: writes commit without waiting for the disk
     * ({@link #unflushed}); the read of a session by id, one SELECT that sees one snapshot, runs without a
     * transaction ({@link SessionTouches#findById}), one round trip instead of four on every request.
     */
    @Bean
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate writes = unflushed(dataSource);
        TransactionOperations read = TransactionOperations.withoutTransaction();
        return new TransactionOperations() {
            @Override
            public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
                return (SessionTouches.reading() ? read : writes).execute(action);
            }
        };
    }

    /**
     * Marks a request's own dispatch, so that it reads its session once ({@link SessionTouches#findById}); runs just
     * outside Spring Session's filter. An error page's dispatch, after it, reads the session afresh.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> oneSessionReadPerRequest() {
        jakarta.servlet.Filter filter = (request, response, chain) -> {
            SessionTouches.beginRequest();
            try {
                chain.doFilter(request, response);
            } finally {
                SessionTouches.endRequest();
            }
        };
        var bean = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        bean.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 1);
        bean.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST);
        return bean;
    }

    /** Transactions whose commit does not wait for the disk. */
    static TransactionTemplate unflushed(DataSource dataSource) {
        DataSourceTransactionManager unflushed = new DataSourceTransactionManager(dataSource) {
            @Override
            protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
                    throws SQLException {
                super.prepareTransactionalConnection(con, definition);
                try (Statement s = con.createStatement()) {
                    s.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
        };
        return new TransactionTemplate(unflushed);
    }

    /** Declaring the session's transactions above stands in for Boot's own template, so the application's is here. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
