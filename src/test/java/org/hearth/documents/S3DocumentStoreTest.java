package org.hearth.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 document store against a real S3-compatible HTTP server: Adobe S3Mock (from Maven Central), started as its
 * own process. It checks the round trip through the AWS SDK v2 over HTTP (path-style addressing, signed requests with
 * static keys, content type and the SHA-256 metadata), a missing key, and that an object written in a transaction that
 * rolls back is deleted while one that commits stays. S3Mock accepts requests without verifying their SigV4
 * signatures, so that the signatures are right is not tested here (the SDK signs them; AWS itself would check).
 * Tagged "integration": Failsafe runs it, as it starts a server.
 */
@Tag("integration")
class S3DocumentStoreTest {
    static final String BUCKET = "hearth-documents-test";
    static Process server;
    static S3Client client;
    static S3DocumentStore store;

    @BeforeAll
    static void startS3() throws Exception {
        URL inJar = S3DocumentStoreTest.class.getClassLoader().getResource("BOOT-INF/classes/application-actuator.properties");
        assertThat(inJar).as("S3Mock's runnable jar is a test dependency").isNotNull();
        String jar = inJar.getPath().substring("file:".length(), inJar.getPath().indexOf("!/"));
        int http = freePort();
        int https = freePort();
        Path root = Files.createTempDirectory("hearth-s3");
        Path log = root.resolve("s3mock.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-jar", jar, "--http.port=" + http, "--server.port=" + https,
                "--server.address=127.0.0.1", "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                "--com.adobe.testing.s3mock.store.root=" + root.resolve("store"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        client = S3DocumentStore.client("http://127.0.0.1:" + http, "eu-west-2", "hearth-test-key",
                "hearth-test-secret", true);
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            try {
                if (client.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(BUCKET))) {
                    break;
                }
            } catch (RuntimeException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(until)) {
                    throw new IllegalStateException("S3Mock did not start: " + Files.readString(log), notYet);
                }
            }
            Thread.sleep(500);
        }
        store = new S3DocumentStore(client, BUCKET);
    }

    @AfterAll
    static void stopS3() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.destroy();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void shouldKeepAndReturnTheBytesWithTheirTypeAndHash() throws Exception {
        byte[] pdf = TestDocuments.pdf("kept in the object store");
        String key = DocumentStore.newKey();
        store.put(key, pdf, "application/pdf");
        assertThat(store.get(key)).contains(pdf);
        var head = client.headObject(r -> r.bucket(BUCKET).key(key));
        assertThat(head.contentType()).isEqualTo("application/pdf");
        assertThat(head.metadata()).containsEntry("sha256", DocumentStore.sha256(pdf));
        assertThat(key).matches("doc/[A-Za-z0-9_-]{43}");
    }

    @Test
    void shouldFindNothingUnderAKeyNeverWritten() {
        assertThat(store.get(DocumentStore.newKey())).isEmpty();
    }

    @Test
    void shouldDeleteTheObjectWhenTheRecordsTransactionRollsBackAndKeepItWhenItCommits() {
        byte[] bytes = "a letter".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String rolledBack = DocumentStore.newKey();
        String committed = DocumentStore.newKey();
        for (String key : List.of(rolledBack, committed)) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                store.put(key, bytes, "text/plain");
                int status = key.equals(committed) ? TransactionSynchronization.STATUS_COMMITTED
                        : TransactionSynchronization.STATUS_ROLLED_BACK;
                TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(status));
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
        assertThat(store.get(rolledBack)).isEmpty();
        assertThat(store.get(committed)).contains(bytes);
    }
}
