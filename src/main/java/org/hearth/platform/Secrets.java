package org.hearth.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Secrets Hearth generates for itself (the database passwords, the audit key) live in files only their owner can
 * read or write (0600). A file found with wider permissions is narrowed, not trusted as it is.
 */
public final class Secrets {
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** The secret in {@code file}, created with 32 random bytes (hex) when missing. */
    public static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            try {
                writeOwnerOnly(file, HexFormat.of().formatHex(bytes) + "\n");
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            }
        }
        return read(file);
    }

    /** Reads an existing secret, narrowing its permissions to the owner first. */
    public static String read(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (secret.isEmpty()) {
            throw new IllegalStateException("the secret file " + file + " is empty");
        }
        return secret;
    }

    /**
     * Writes {@code content} to a new file created owner-only from the start (never readable by others, not even
     * for a moment); replaces an existing file atomically when {@code replace}.
     */
    public static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Replaces {@code file} atomically with an owner-only file holding {@code content}, flushed to disk. */
    public static void replaceOwnerOnly(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
