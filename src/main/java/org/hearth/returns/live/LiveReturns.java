package org.hearth.returns.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.access.AccessDenied;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditLog;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The current collection year's return errors on the live record, and what each user may see of them.
 *
 * <p>The returns are of the whole LA, so they are derived from every child's record by a system read for the
 * statutory return (audited as one entry), and kept until any child's record changes (every write moves its
 * version on) or ten minutes pass. What a user is shown passes the access seam: a practitioner sees the errors of
 * the children they may read, each child read through {@link AccessSeam#readEach} and audited; a data analyst sees
 * the per-rule counts only, never a child, and that is audited too; an administrator sees nothing.
 */
@Service
public class LiveReturns {
    private static final Logger log = LoggerFactory.getLogger(LiveReturns.class);
    static final Duration KEEP = Duration.ofMinutes(10);
    static final String PART = "returns";

    private final JourneyService journeys;
    private final AccessSeam seam;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LiveValidation validation;
    private Cached cached;

    private record Cached(String fingerprint, Instant at, LiveReport report) {}

    LiveReturns(JourneyService journeys, AccessSeam seam, AuditLog audit, JdbcTemplate jdbc,
                @Value("${hearth.la.ons-code:}") String onsCode, @Value("${hearth.la.number:999}") String laNumber) {
        this.journeys = journeys;
        this.seam = seam;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = Clock.systemDefaultZone();
        this.validation = new LiveValidation(onsCode, laNumber, clock);
    }

    /** What the user may see of the year's errors, for one return or both, and for one rule or all. */
    public record View(LiveReport report, boolean aggregateOnly, List<LiveReport.RuleCount> counts,
                       List<LiveIssue> issues, int childrenShown) {}

    public View viewFor(Actor actor, Optional<ReturnKind> kind, Optional<String> rule) {
        if (actor.role() == Role.ADMINISTRATOR) {
            String reason = "Administrators manage Hearth, not children's records or their return errors";
            audit.appendAlone(actor.username(), null, PART, "READ", "return errors", "DENIED", null, reason);
            throw new AccessDenied(reason);
        }
        LiveReport report = current();
        String purpose = "return errors " + report.year();
        Predicate<LiveIssue> ofReturn = i -> kind.isEmpty() || i.kind() == kind.get();
        if (!actor.role().practitioner()) {
            // Analysts: the counts of the whole LA's return, no child and no row.
            List<LiveReport.RuleCount> counts = report.ruleCounts(ofReturn);
            audit.appendAlone(actor.username(), null, PART, "READ", purpose, "ALLOWED", "AGGREGATE",
                    counts.size() + " rule counts, no child's record");
            return new View(report, true, counts, List.of(), 0);
        }
        Set<UUID> candidates = new LinkedHashSet<>();
        for (LiveIssue i : report.issues()) {
            if (i.personId() != null && ofReturn.test(i)) {
                candidates.add(i.personId());
            }
        }
        List<UUID> readable = seam.readable(actor, new ArrayList<>(candidates));
        Set<UUID> allowed = new java.util.HashSet<>(seam.readEach(actor, readable, PART, purpose, ids -> ids));
        Predicate<LiveIssue> shown = ofReturn.and(i -> i.personId() != null && allowed.contains(i.personId()));
        List<LiveReport.RuleCount> counts = report.ruleCounts(shown);
        List<LiveIssue> issues = report.issues(shown.and(i -> rule.isEmpty() || i.ruleCode().equals(rule.get())));
        return new View(report, false, counts, issues, allowed.size());
    }

    /** The year's report, derived again when any child's record has changed since (or it is ten minutes old). */
    synchronized LiveReport current() {
        LocalDate today = LocalDate.now(clock);
        CollectionYear year = CollectionYear.containing(today);
        String fingerprint = jdbc.queryForObject(
                "SELECT count(*) || ':' || coalesce(sum(pers_version), 0) FROM ssd_person", String.class);
        Instant now = clock.instant();
        if (cached != null && cached.fingerprint().equals(fingerprint) && cached.report().year().equals(year)
                && cached.at().plus(KEEP).isAfter(now)) {
            return cached.report();
        }
        long t0 = System.nanoTime();
        List<ChildJourney> all = journeys.readAllForReturn("hearth", "live return errors " + year);
        LiveReport report = validation.validate(all, year, today);
        log.info("Validated the live record for {}: {} children, {} issues; read and checked in {} ms",
                year, all.size(), report.issues().size(), (System.nanoTime() - t0) / 1_000_000);
        cached = new Cached(fingerprint, now, report);
        return report;
    }
}
