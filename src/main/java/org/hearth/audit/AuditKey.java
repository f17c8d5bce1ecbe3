package org.hearth.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.platform.Secrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key the audit chain is keyed with (HMAC-SHA256), kept outside the database so that someone who can write
 * to the database, even as its superuser, cannot make a chain that verifies. Taken from {@code hearth.audit.key}
 * ({@code HEARTH_AUDIT_KEY}: 64 hex digits, or any secret of 32 characters or more) for a council's own
 * database, otherwise from {@value #FILE} in the data directory, generated on first start and readable by its
 * owner only. Losing the key means the chain can no longer be verified: back it up with the data.
 */
@Component
public class AuditKey {
    public static final String FILE = "audit.key";
    private final SecretKeySpec key;
    private final String id;

    @Autowired
    AuditKey(@Value("${hearth.audit.key:}") String configured, @Value("${hearth.data-dir}") String dataDir)
            throws IOException {
        this(configured.isBlank() ? Secrets.readOrCreate(Path.of(dataDir).resolve(FILE)) : configured);
    }

    public AuditKey(String secret) {
        String s = secret.trim();
        byte[] bytes = s.matches("[0-9a-fA-F]{64,}") ? HexFormat.of().parseHex(s) : s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("the audit key must be 64 hex digits or at least 32 characters");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.id = mac("hearth-audit-key-id").substring(0, 16);
    }

    /**
     * One initialised MAC per thread: {@code Mac.getInstance} looks the algorithm up among the security providers on
     * every call, a tenth of the CPU of appending My work's audit entries, and again for every seal. {@code doFinal}
     * leaves a MAC ready for the next value under the same key.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HMAC-SHA256 (hex) of the parts, each followed by a unit separator. */
    public String mac(String... parts) {
        Mac mac = macs.get();
        mac.reset();
        for (String part : parts) {
            mac.update(part.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Names the key without revealing it, so a verification with the wrong key says so. */
    public String id() {
        return id;
    }
}
