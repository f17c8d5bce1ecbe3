package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

class SessionStoreTest extends HearthIntegrationTest {
    @Autowired
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations sessionTransactions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DataSource dataSource;

    @Test
    void shouldCommitSessionWritesWithoutWaitingForTheDiskOnlyWithinTheirTransaction() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // The test database runs with synchronous_commit off; a council's runs with it on, as here.
            try (Statement s = c.createStatement()) {
                s.execute("SET synchronous_commit = on");
            }
            SingleConnectionDataSource one = new SingleConnectionDataSource(c, true);
            JdbcTemplate jdbc = new JdbcTemplate(one);
            String inSessionWrite = SessionStore.unflushed(one)
                    .execute(s -> jdbc.queryForObject("SHOW synchronous_commit", String.class));
            String afterwards = jdbc.queryForObject("SHOW synchronous_commit", String.class);
            try (Statement s = c.createStatement()) {
                s.execute("RESET synchronous_commit");
            }
            assertThat(inSessionWrite).isEqualTo("off");
            assertThat(afterwards).isEqualTo("on");
        }
    }

    @Test
    void shouldGiveSpringSessionItsOwnTransactionsAndTheRecordTheApplicationsOwn() {
        assertThat(sessionTransactions).isNotSameAs(tx);
    }
}
