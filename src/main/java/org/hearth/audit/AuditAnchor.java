package org.hearth.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.hearth.platform.Secrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit chain's head, exported outside the database after each seal and signed with the {@link AuditKey}: the
 * last seal's position (which is also the number of seals), the entry it seals, its hash, and where the keyed
 * epoch begins. {@code verify} checks the chain still passes through it and reaches it, so truncating the audit
 * or removing its tail is found. Kept at {@code hearth.audit.anchor} ({@code HEARTH_AUDIT_ANCHOR}, e.g. on
 * storage the database's administrators cannot write), by default {@value #FILE} in the data directory.
 */
@Component
public class AuditAnchor {
    public static final String FILE = "audit-anchor";
    private final Path file;

    @Autowired
    AuditAnchor(@Value("${hearth.audit.anchor:}") String configured, @Value("${hearth.data-dir}") String dataDir,
                @Value("${hearth.embedded.clean:false}") boolean clean) throws IOException {
        this(configured.isBlank() ? Path.of(dataDir).resolve(FILE) : Path.of(configured));
        if (clean) {
            Files.deleteIfExists(file); // a fresh database (tests) has no history to anchor
        }
    }

    public AuditAnchor(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /** A signed head of the chain. {@code pos} is the last seal's position, and so the number of seals. */
    public record Head(long pos, long entrySeq, String hash, Instant sealedAt, long keyedFromPos, long firstKeyedSeq,
                       long legacyUnsealed, String keyId, String mac) {
        String[] signed() {
            return new String[] {"anchor", Long.toString(pos), Long.toString(entrySeq), hash, sealedAt.toString(),
                    Long.toString(keyedFromPos), Long.toString(firstKeyedSeq), Long.toString(legacyUnsealed), keyId};
        }

        Head signedWith(AuditKey key) {
            Head unsigned = new Head(pos, entrySeq, hash, sealedAt, keyedFromPos, firstKeyedSeq, legacyUnsealed,
                    key.id(), "");
            return new Head(pos, entrySeq, hash, sealedAt, keyedFromPos, firstKeyedSeq, legacyUnsealed, key.id(),
                    key.mac(unsigned.signed()));
        }

        boolean isSignedWith(AuditKey key) {
            return keyId.equals(key.id()) && mac.equals(key.mac(signed()));
        }
    }

    public Optional<Head> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
            return Optional.of(new Head(Long.parseLong(p.getProperty("pos")), Long.parseLong(p.getProperty("entrySeq")),
                    p.getProperty("hash"), Instant.parse(p.getProperty("sealedAt")),
                    Long.parseLong(p.getProperty("keyedFromPos")), Long.parseLong(p.getProperty("firstKeyedSeq")),
                    Long.parseLong(p.getProperty("legacyUnsealed")), p.getProperty("keyId"), p.getProperty("mac")));
        } catch (IOException | RuntimeException e) {
            // Unreadable is as bad as altered: a head that no key signed.
            return Optional.of(new Head(-1, -1, "", Instant.EPOCH, -1, -1, -1, "unreadable", ""));
        }
    }

    void write(Head head) throws IOException {
        String content = "# Hearth audit chain head, signed (HMAC-SHA256) with the audit key. Do not edit.\n"
                + "pos=" + head.pos() + "\ncount=" + head.pos() + "\nentrySeq=" + head.entrySeq() + "\nhash="
                + head.hash() + "\nsealedAt=" + head.sealedAt() + "\nkeyedFromPos=" + head.keyedFromPos()
                + "\nfirstKeyedSeq=" + head.firstKeyedSeq() + "\nlegacyUnsealed=" + head.legacyUnsealed()
                + "\nkeyId=" + head.keyId() + "\nmac=" + head.mac() + "\n";
        Secrets.replaceOwnerOnly(file, content);
    }
}
