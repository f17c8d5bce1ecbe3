package org.hearth.portal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Assignment;
import org.hearth.access.RecordParts;
import org.hearth.access.Role;
import org.hearth.access.SignInThrottle;
import org.hearth.platform.web.HearthProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child's (or care leaver's) account in their own space. Their worker invites them with a phone or email they have
 * checked with the child; Hearth makes up the username (never the child's LA id) and links it to the child's record
 * (a SELF role assignment). The child signs in with a one-time code sent there, then sets a memorable PIN (kept only as
 * a BCrypt hash) for later; a new code is always one tap away. The worker can pause the account at once: the link
 * ends, and every session of the account ends on its next request. Guessing is throttled like staff sign-in.
 */
@Component
public class PortalAccounts {
    static final Duration CODE_LIFE = Duration.ofMinutes(15);
    static final int YOUNG_PERSON_AGE = 18;
    static final int MAX_CODES_AN_HOUR = 5;

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final PasswordEncoder encoder;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final SecureRandom random = new SecureRandom();
    private final SignInThrottle throttle = new SignInThrottle(5, 100, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));
    private final String unknownHash;

    PortalAccounts(JdbcTemplate jdbc, AccessSeam seam, PasswordEncoder encoder, Notifier notifier,
                   TransactionTemplate tx, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.encoder = encoder;
        this.notifier = notifier;
        this.tx = tx;
        this.sessions = sessions;
        this.unknownHash = encoder.encode(UUID.randomUUID().toString());
    }

    /** The account of a child, as their worker sees it. */
    public record Account(String username, String contact, boolean verified, boolean hasPin, Instant invitedAt,
                          String invitedBy, Instant pausedAt, String pausedBy) {
        public boolean paused() {
            return pausedAt != null;
        }
    }

    public Optional<Account> account(Actor worker, UUID childId) {
        return seam.read(worker, childId, RecordParts.PORTAL, "the child's own-space account", () -> accountOf(childId));
    }

    Optional<Account> accountOf(UUID childId) {
        return jdbc.query("SELECT username, contact, contact_kind, verified_at IS NOT NULL, pin_hash IS NOT NULL, "
                        + "invited_at, invited_by, paused_at, paused_by FROM portal_account WHERE child_id = ? "
                        + "ORDER BY invited_at DESC LIMIT 1",
                (rs, n) -> new Account(rs.getString(1), rs.getString(2) == null ? null
                        : new Contact(rs.getString(3), rs.getString(2)).masked(), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9)),
                childId).stream().findFirst();
    }

    /**
     * Invites the child (or sends a new invitation to a new contact): makes the account if there is none, links it to
     * the child's record, and sends a one-time code. Refused for a contact another account has.
     */
    public void invite(Actor worker, UUID childId, Contact contact) {
        ChildSpace.requireWorker(worker);
        seam.write(worker, childId, RecordParts.PORTAL, "invited the child to their own space", () -> {
            Optional<String> other = jdbc.query("SELECT username FROM portal_account WHERE contact = ? AND child_id <> ?",
                    (rs, n) -> rs.getString(1), contact.value(), childId).stream().findFirst();
            if (other.isPresent()) {
                throw new HearthProblem(HttpStatus.CONFLICT, "Contact in use",
                        "This phone number or email address is already used by another account. Check it with the child");
            }
            Optional<Account> existing = accountOf(childId);
            String username;
            if (existing.isEmpty()) {
                username = newUsername();
                Person p = person(childId);
                jdbc.update("INSERT INTO hearth_user (username, display_name, role) VALUES (?, ?, ?)", username,
                        p.name(), p.role().name());
                jdbc.update("INSERT INTO portal_account (username, child_id, contact, contact_kind, invited_by) "
                        + "VALUES (?, ?, ?, ?, ?)", username, childId, contact.value(), contact.kind(), worker.username());
                link(username, childId, worker.username());
            } else {
                username = existing.get().username();
                jdbc.update("UPDATE portal_account SET contact = ?, contact_kind = ?, verified_at = NULL, invited_by = ?, "
                        + "invited_at = now() WHERE username = ?", contact.value(), contact.kind(), worker.username(),
                        username);
            }
            sendCode(childId, username, contact.value());
            return null;
        });
    }

    private record Person(String name, Role role) {}

    private Person person(UUID childId) {
        return jdbc.query("SELECT coalesce(nullif(pers_known_as, ''), pers_forename, 'You'), pers_dob FROM ssd_person "
                        + "WHERE pers_person_id = ?", (rs, n) -> {
                    LocalDate dob = rs.getObject(2, LocalDate.class);
                    boolean adult = dob != null && Period.between(dob, LocalDate.now()).getYears() >= YOUNG_PERSON_AGE;
                    return new Person(rs.getString(1), adult ? Role.YOUNG_PERSON : Role.CHILD);
                }, childId).get(0);
    }

    /** The SELF link of an account to its child's record, from now. */
    void link(String username, UUID childId, String by) {
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                        + "grant_type, valid_from, reason, granted_by) VALUES (?, 'USER', ?, ?, 'CHILD', ?, 'STANDARD', "
                        + "now(), 'Their own space', ?)", UUID.randomUUID(), username, Assignment.SELF,
                childId.toString(), by);
    }

    private String newUsername() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder("me-");
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private void sendCode(UUID childId, String username, String recipient) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.update("INSERT INTO portal_code (code_id, username, code_hash, expires_at) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), username, encoder.encode(code),
                java.sql.Timestamp.from(Instant.now().plus(CODE_LIFE)));
        notifier.send(childId, recipient, "Your code to sign in to Hearth is " + code
                + ". It works once, for 15 minutes. Do not share it.");
    }

    /**
     * A new code to the child's contact (first sign-in, or a forgotten PIN). Says nothing of whether the contact has
     * an account: the page answers the same either way. Nothing is sent to a paused account.
     */
    public void requestCode(String typed, String address) {
        Optional<Contact> contact = Contact.parse(typed);
        if (contact.isEmpty() || throttle.lockedUntil(contact.get().value(), address, Instant.now()).isPresent()) {
            return;
        }
        // at most MAX_CODES_AN_HOUR codes an hour to one account: nobody can flood a child's phone with texts
        tx.executeWithoutResult(s -> jdbc.query("SELECT a.username, a.child_id FROM portal_account a WHERE a.contact = ? "
                        + "AND a.paused_at IS NULL AND (SELECT count(*) FROM portal_code c WHERE c.username = a.username "
                        + "AND c.expires_at > now() + ? * interval '1 second') < " + MAX_CODES_AN_HOUR, rs -> {
                    sendCode(rs.getObject(2, UUID.class), rs.getString(1), contact.get().value());
                }, contact.get().value(), CODE_LIFE.minusHours(1).toSeconds()));
    }

    /** Why a sign-in failed, in the child's words. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Signs in with a one-time code: the username, if the code is right, unused and in time. */
    public String signInWithCode(String typed, String code, String address) {
        return check(typed, address, (username, account) -> {
            List<UUID> codes = jdbc.query("SELECT code_id, code_hash FROM portal_code WHERE username = ? AND used_at IS "
                    + "NULL AND expires_at > now() ORDER BY expires_at DESC LIMIT 5", (rs, n) ->
                    code != null && code.strip().matches("\\d{6}") && encoder.matches(code.strip(), rs.getString(2))
                            ? rs.getObject(1, UUID.class) : null, username).stream()
                    .filter(java.util.Objects::nonNull).toList();
            if (codes.isEmpty()) {
                return false;
            }
            jdbc.update("UPDATE portal_code SET used_at = now() WHERE code_id = ?", codes.get(0));
            jdbc.update("UPDATE portal_account SET verified_at = coalesce(verified_at, now()) WHERE username = ?",
                    username);
            return true;
        }, "That code is not right, or it is too old. Ask for a new code");
    }

    /** Signs in with the memorable PIN. */
    public String signInWithPin(String typed, String pin, String address) {
        return check(typed, address, (username, pinHash) -> pinHash != null && pin != null
                && encoder.matches(pin.strip(), pinHash), "That PIN is not right. Try again, or ask for a code");
    }

    private interface Check {
        boolean ok(String username, String pinHash);
    }

    private String check(String typed, String address, Check check, String refusal) {
        Instant now = Instant.now();
        Optional<Contact> contact = Contact.parse(typed);
        String key = contact.map(Contact::value).orElse(typed == null ? "" : typed.strip());
        if (throttle.lockedUntil(key, address, now).isPresent()) {
            throw new Refused("Too many tries. Wait 15 minutes, then try again");
        }
        record Row(String username, String pinHash) {}
        List<Row> found = contact.isEmpty() ? List.of() : jdbc.query("SELECT a.username, a.pin_hash FROM portal_account a "
                + "JOIN hearth_user u ON u.username = a.username AND u.enabled WHERE a.contact = ? AND a.paused_at IS NULL",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2)), contact.get().value());
        Boolean ok = found.isEmpty() ? null : tx.execute(s -> check.ok(found.get(0).username(), found.get(0).pinHash()));
        if (found.isEmpty()) {
            encoder.matches("0000", unknownHash); // the same work whether or not the contact has an account
        }
        if (!Boolean.TRUE.equals(ok)) {
            throttle.failed(key, address, now);
            throw new Refused(refusal);
        }
        throttle.succeeded(key);
        return found.get(0).username();
    }

    /** Whether the account has a PIN, or is a demo account with a password (no portal account row). */
    public boolean hasPinOrDemo(String username) {
        return jdbc.queryForObject("SELECT coalesce((SELECT pin_hash IS NOT NULL FROM portal_account WHERE username = ?),"
                + " true)", Boolean.class, username);
    }

    /** Whether the account has a PIN yet. */
    public boolean hasPin(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pin_hash IS NOT NULL FROM portal_account WHERE username = ?",
                Boolean.class, username));
    }

    /** A memorable PIN: 4 to 6 digits, not all the same and not in a row (1234, 9876). Null when fine. */
    public static String pinProblem(String pin, String again) {
        if (pin == null || !pin.strip().matches("\\d{4,6}")) {
            return "Your PIN must be 4, 5 or 6 numbers";
        }
        String p = pin.strip();
        if (p.chars().distinct().count() == 1 || "0123456789".contains(p) || "9876543210".contains(p)) {
            return "Choose numbers that are harder to guess";
        }
        if (again == null || !p.equals(again.strip())) {
            return "The two PINs are not the same";
        }
        return null;
    }

    public void setPin(Actor child, String pin) {
        ChildSpace.requireChild(child);
        jdbc.update("UPDATE portal_account SET pin_hash = ? WHERE username = ?", encoder.encode(pin.strip()),
                child.username());
    }

    /** Pauses the child's account at once: the link to the record ends and every session of the account ends. */
    public void pause(Actor worker, UUID childId) {
        ChildSpace.requireWorker(worker);
        List<String> ended = seam.write(worker, childId, RecordParts.PORTAL, "paused the child's own-space account", () -> {
            List<String> names = jdbc.queryForList("SELECT username FROM portal_account WHERE child_id = ? AND paused_at "
                    + "IS NULL", String.class, childId);
            for (String username : names) {
                jdbc.update("UPDATE portal_account SET paused_at = now(), paused_by = ? WHERE username = ?",
                        worker.username(), username);
                endLinks(username);
            }
            return names;
        });
        FindByIndexNameSessionRepository<?> repo = sessions.getIfAvailable();
        if (repo != null) {
            for (String username : ended) {
                repo.findByPrincipalName(username).keySet().forEach(repo::deleteById);
            }
        }
    }

    void endLinks(String username) {
        jdbc.update("UPDATE role_assignment SET valid_to = now() WHERE holder_kind = 'USER' AND holder_id = ? AND "
                + "role = ? AND (valid_to IS NULL OR valid_to > now())", username, Assignment.SELF);
    }

    public void resume(Actor worker, UUID childId) {
        ChildSpace.requireWorker(worker);
        seam.write(worker, childId, RecordParts.PORTAL, "let the child use their own space again", () -> {
            jdbc.queryForList("SELECT username FROM portal_account WHERE child_id = ? AND paused_at IS NOT NULL",
                    String.class, childId).forEach(username -> {
                jdbc.update("UPDATE portal_account SET paused_at = NULL, paused_by = NULL WHERE username = ?", username);
                link(username, childId, worker.username());
            });
            return null;
        });
    }

    /** The child whose own space this account opens now (a live SELF link), if any. */
    public Optional<UUID> childOf(String username) {
        return jdbc.query("SELECT scope_id FROM role_assignment WHERE holder_kind = 'USER' AND holder_id = ? AND role = ? "
                        + "AND scope_kind = 'CHILD' AND grant_type = 'STANDARD' AND valid_from <= now() AND "
                        + "(valid_to IS NULL OR valid_to > now()) ORDER BY valid_from DESC LIMIT 1",
                (rs, n) -> UUID.fromString(rs.getString(1)), username, Assignment.SELF).stream().findFirst();
    }
}
