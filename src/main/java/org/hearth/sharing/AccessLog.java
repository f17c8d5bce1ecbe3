package org.hearth.sharing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who looked at a child's record: the audit read back by child, in people's words — who, from which agency (the
 * council, or a partner organisation by name), what part, what they did, when, and why (for a partner, the sharing
 * decision's purpose and lawful basis). The social worker's "who looked" shows partners' accesses by default; the
 * subject access log (for the child or their family, through the worker or the DPO) shows every access. Reading it
 * is itself a read of the child's "access-log" part, audited.
 */
@Service
public class AccessLog {
    static final int MAX = 2_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** One access, in words. */
    public record Entry(Instant at, String who, String username, String agency, boolean partner, String part,
                        String action, String outcome, String why) {
        public String when() {
            return WHEN.format(at);
        }

        /** "viewed", "changed", "was refused" … */
        public String did() {
            String verb = switch (action) {
                case "READ" -> "viewed";
                case "WRITE", "CREATE" -> "changed";
                case "SEARCH" -> "searched for";
                default -> action.toLowerCase(Locale.UK);
            };
            return switch (outcome) {
                case "ALLOWED" -> verb;
                case "DENIED" -> "was refused (" + verb + ")";
                default -> "tried, not done (" + verb + ")";
            };
        }
    }

    private final AccessSeam seam;
    private final JdbcTemplate jdbc;
    private final String council;

    AccessLog(AccessSeam seam, JdbcTemplate jdbc,
              @org.springframework.beans.factory.annotation.Value("${hearth.council-name}") String council) {
        this.seam = seam;
        this.jdbc = jdbc;
        this.council = council;
    }

    /** Who looked, newest first: partners only, or everyone. */
    public List<Entry> whoLooked(Actor actor, UUID childId, boolean partnersOnly) {
        return seam.read(actor, childId, RecordParts.ACCESS_LOG, partnersOnly ? "who looked: partners" : "who looked",
                () -> entries(childId, partnersOnly));
    }

    /** The child's whole access log, for a subject access request (the caller says how it is given). */
    public List<Entry> subjectAccess(Actor actor, UUID childId, String format) {
        return seam.read(actor, childId, RecordParts.ACCESS_LOG, "subject access request: access log (" + format + ")",
                () -> entries(childId, false));
    }

    List<Entry> entries(UUID childId, boolean partnersOnly) {
        List<Entry> out = new ArrayList<>();
        jdbc.query("SELECT a.at, a.actor, u.display_name, u.role, o.name, a.part, a.action, a.outcome, a.purpose, "
                        + "a.disclosed "
                        + "FROM audit_entry a LEFT JOIN hearth_user u ON u.username = a.actor "
                        + "LEFT JOIN organisation o ON o.organisation_id = u.organisation_id "
                        + "WHERE a.person_id = ? AND a.part <> ? "
                        + (partnersOnly ? "AND u.role IN ('PARTNER', 'HEALTH_PARTNER') " : "")
                        + "ORDER BY a.seq DESC LIMIT " + MAX,
                rs -> {
                    String role = rs.getString(4);
                    boolean partner = "PARTNER".equals(role) || "HEALTH_PARTNER".equals(role);
                    String username = rs.getString(2);
                    String name = rs.getString(3) != null ? rs.getString(3)
                            : username.startsWith("system:") ? "Hearth (" + username.substring(7) + ")" : username;
                    String agency = rs.getString(5) != null ? rs.getString(5) : partner ? "a partner organisation"
                            : council;
                    out.add(new Entry(rs.getTimestamp(1).toInstant(), name, username, agency, partner,
                            what(rs.getString(6), rs.getString(10), partner && "ALLOWED".equals(rs.getString(8))),
                            rs.getString(7), rs.getString(8), why(rs.getString(9))));
                }, childId, RecordParts.ACCESS_LOG);
        return out;
    }

    /**
     * What was seen, in words: for a partner's allowed access, every part their view disclosed (a partner's child
     * view shows all the parts shared at once); otherwise the part asked for.
     */
    static String what(String part, String disclosed, boolean partnerAllowed) {
        if (partnerAllowed && disclosed != null && !disclosed.isBlank() && !disclosed.startsWith("*")) {
            return String.join("; ", java.util.Arrays.stream(disclosed.split(",")).map(String::trim)
                    .map(SharedParts::words).toList());
        }
        return SharedParts.words(part);
    }

    /** The purpose in words: a partner's purpose and lawful basis codes become their words. */
    static String why(String purpose) {
        if (purpose == null) {
            return "";
        }
        int under = purpose.indexOf(" under ");
        int sharing = purpose.indexOf(" (sharing ");
        if (under > 0 && sharing > under) {
            String p = purpose.substring(0, under);
            String b = purpose.substring(under + 7, sharing);
            int colon = purpose.indexOf("): ", sharing);
            String rest = colon > 0 ? purpose.substring(colon + 3) : "";
            return LawfulBasis.purposeWords(p) + ". Lawful basis: " + LawfulBasis.basisWords(b)
                    + (rest.isEmpty() ? "" : " (" + rest + ")");
        }
        return purpose;
    }

    /** The log as CSV (RFC 4180), one row per access. Cells that could start a spreadsheet formula are quoted safe. */
    public static String csv(List<Entry> entries) {
        StringBuilder out = new StringBuilder("when,who,username,agency,did,part,why\r\n");
        for (Entry e : entries) {
            out.append(String.join(",", cell(e.when()), cell(e.who()), cell(e.username()), cell(e.agency()),
                    cell(e.did()), cell(e.part()), cell(e.why()))).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
