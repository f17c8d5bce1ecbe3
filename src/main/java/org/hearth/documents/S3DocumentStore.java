package org.hearth.documents;

import java.net.URI;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Documents in an S3-compatible object store (AWS S3, MinIO, Ceph…), when a council configures one. The object is
 * written before the record's transaction commits and deleted again if it rolls back, so a refused upload leaves no
 * object; a crash between the two can leave an object no record names (never a record without its object). Objects
 * carry the SHA-256 of their content as metadata; Hearth checks the hash on every read.
 */
class S3DocumentStore implements DocumentStore {
    private final S3Client s3;
    private final String bucket;

    S3DocumentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** A client for the configured store; no keys given means the SDK's usual chain (environment, instance role). */
    static S3Client client(String endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {
        var b = S3Client.builder().region(Region.of(region)).forcePathStyle(pathStyle);
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint));
        }
        b.credentialsProvider(accessKey != null && !accessKey.isBlank()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
                : DefaultCredentialsProvider.builder().build());
        return b.build();
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public void put(String key, byte[] content, String mediaType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(mediaType).contentLength((long) content.length)
                .metadata(java.util.Map.of("sha256", DocumentStore.sha256(content))), RequestBody.fromBytes(content));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        s3.deleteObject(r -> r.bucket(bucket).key(key));
                    }
                }
            });
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
