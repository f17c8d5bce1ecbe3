package org.hearth.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents in the record's own PostgreSQL database (the default): written in the transaction that records the
 * document, so a refused or failed upload leaves nothing behind, and copied by every base backup with the record.
 */
class PostgresDocumentStore implements DocumentStore {
    private final JdbcTemplate jdbc;

    PostgresDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void put(String key, byte[] content, String mediaType) {
        jdbc.update("INSERT INTO document_content (storage_key, content) VALUES (?, ?)", key, content);
    }

    @Override
    public Optional<byte[]> get(String key) {
        List<byte[]> found = jdbc.query("SELECT content FROM document_content WHERE storage_key = ?",
                (rs, n) -> rs.getBytes(1), key);
        return found.stream().findFirst();
    }
}
