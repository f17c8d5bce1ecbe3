package org.hearth.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the bytes of documents are kept, under keys Hearth makes (256 random bits: not guessable, and saying nothing
 * about the child or the document). Called only by {@link DocumentService}, inside the transaction that records or
 * reads the document through the access seam.
 */
public interface DocumentStore {
    /** "postgres" or "s3", as the document's record names its store. */
    String name();

    /** Keeps the content under the key, as part of the current transaction (undone if it rolls back). */
    void put(String key, byte[] content, String mediaType);

    /** The content kept under the key, if any. */
    Optional<byte[]> get(String key);

    SecureRandom RANDOM = new SecureRandom();

    /** A new key: "doc/" and 256 random bits, URL-safe. */
    static String newKey() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return "doc/" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
