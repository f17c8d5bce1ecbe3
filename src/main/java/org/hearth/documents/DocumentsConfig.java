package org.hearth.documents;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.access.AccessSeam;
import org.hearth.journey.JourneyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The document store Hearth writes to ({@code hearth.documents.store}: postgres, the default, or s3), the limits on
 * documents and their text, and the service. Documents already kept in PostgreSQL stay readable after a council moves
 * to S3.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsConfig {
    @Bean(destroyMethod = "close")
    ContentInspector contentInspector(@Value("${hearth.documents.text.max-chars:200000}") int maxChars,
                                      @Value("${hearth.documents.text.timeout:10s}") Duration timeout) {
        return new ContentInspector(maxChars, timeout);
    }

    @Bean
    DocumentService documentService(JourneyService journeys, AccessSeam seam, JdbcTemplate jdbc, TransactionTemplate tx,
                                    ContentInspector inspector,
                                    @Value("${hearth.documents.store:postgres}") String storeName,
                                    @Value("${hearth.documents.s3.endpoint:}") String endpoint,
                                    @Value("${hearth.documents.s3.region:eu-west-2}") String region,
                                    @Value("${hearth.documents.s3.bucket:}") String bucket,
                                    @Value("${hearth.documents.s3.access-key:}") String accessKey,
                                    @Value("${hearth.documents.s3.secret-key:}") String secretKey,
                                    @Value("${hearth.documents.s3.path-style:true}") boolean pathStyle,
                                    @Value("${hearth.documents.max-size:20MB}") DataSize maxSize) {
        Map<String, DocumentStore> stores = new LinkedHashMap<>();
        stores.put("postgres", new PostgresDocumentStore(jdbc));
        String name = storeName.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("s3")) {
            if (bucket.isBlank()) {
                throw new IllegalStateException("hearth.documents.store is s3: set hearth.documents.s3.bucket "
                        + "(HEARTH_DOCUMENTS_S3_BUCKET) too");
            }
            stores.put("s3", new S3DocumentStore(S3DocumentStore.client(endpoint, region, accessKey, secretKey,
                    pathStyle), bucket));
        } else if (!name.equals("postgres")) {
            throw new IllegalStateException("hearth.documents.store must be postgres or s3, not " + storeName);
        }
        return new DocumentService(journeys, seam, jdbc, tx, inspector, stores.get(name), stores, maxSize.toBytes());
    }
}
