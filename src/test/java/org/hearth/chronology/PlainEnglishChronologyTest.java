package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.stages.Stages;
import org.junit.jupiter.api.Test;

/**
 * Every chronology entry is in plain English: the demo's richest children (every kind of record they have, as the
 * chronology writer words it when a record is added, changed or ended) carry no raw DfE or Hearth code ("category
 * EMO", "Placement U6", "Legal status L2", "HALF_SIBLING", "(CIN)"). Usernames in an entry are staff the reader names.
 */
class PlainEnglishChronologyTest {
    /** What a raw code looks like in running text. */
    static final List<Pattern> RAW_CODES = List.of(
            Pattern.compile("\\b[A-Z]{1,3}\\d{1,2}[A-Z]?\\b"),                // U6, H5, L2, E4A, N1, RD1, PN0
            Pattern.compile("\\b\\d[A-Z]\\b"),                                  // 1A, 2B (referral source, factors)
            Pattern.compile("\\b[A-Z]{1,3}\\d{3,}\\b"),                         // an SSD id: SW171501
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"),                          // HALF_SIBLING, RETURN_HOME
            Pattern.compile("\\b(?:category|outcome|source|activity|participation|status|ceased|reason for change) "
                    + "[A-Z0-9]{2,}\\b"),                                        // category EMO, outcome S47
            Pattern.compile("\\((?:CIN|CP|CLA|EH|CL|SW|IRO|EHW|PA|[A-Z]{4,6})\\)"), // Visit (CIN), (LEFTRL)
            Pattern.compile("\\b(?:SW|EHW|PA|IRO|NEG|EMO|PHY|SAB|MUL|NFA|S47)\\b")); // a bare role or code

    static List<String> rawCodesIn(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : RAW_CODES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void shouldKnowARawCodeWhenItSeesOne() {
        assertThat(rawCodesIn("Child protection plan started, category EMO")).isNotEmpty();
        assertThat(rawCodesIn("Placement U6/H5")).isNotEmpty();
        assertThat(rawCodesIn("Legal status L2")).isNotEmpty();
        assertThat(rawCodesIn("Relationship recorded: HALF_SIBLING")).isNotEmpty();
        assertThat(rawCodesIn("Visit (CIN): child seen")).isNotEmpty();
        assertThat(rawCodesIn("Allocated SW sw.ben (LEFTRL)")).isNotEmpty();
        assertThat(rawCodesIn("Referral (source 1A)")).isNotEmpty();
        assertThat(rawCodesIn("Social worker SW171501")).isNotEmpty();
        assertThat(rawCodesIn("Child protection plan started, category: neglect")).isEmpty();
        assertThat(rawCodesIn("Outcomes for the year to 2025-03-31, SDQ score 12")).isEmpty();
    }

    @Test
    void shouldWordEveryEntryOfTheDemosRichestChildrenWithoutARawCode() {
        List<ChildJourney> children = new DemoGenerator(7, LocalDate.of(2026, 11, 20)).children(400)
                .sorted(Comparator.comparingInt((ChildJourney j) -> j.kinds().size())
                        .thenComparingInt(j -> j.everything().size()).reversed())
                .limit(40).toList();
        Set<String> kindsSeen = children.stream().flatMap(j -> j.kinds().stream()).map(EpisodeKind::name)
                .collect(Collectors.toSet());
        assertThat(kindsSeen).as("a rich demo child has the kinds with codes in their words")
                .contains("referrals", "assessments", "cp-plans", "placements", "legal-statuses", "care-periods",
                        "visits", "allocations", "relationships", "strategy-discussions", "care-reviews");

        List<String> offenders = new ArrayList<>();
        int entries = 0;
        for (ChildJourney j : children) {
            for (EpisodeKind<?> kind : Stages.allKinds()) {
                for (JourneyRecord r : records(j, kind)) {
                    // as ChronologyWriter words an added, an ended and a changed record
                    for (String text : List.of(r.summary(), kind.label() + " ended: " + r.summary(),
                            r.summary() + " (updated)")) {
                        entries++;
                        List<String> raw = rawCodesIn(text);
                        if (!raw.isEmpty()) {
                            offenders.add(kind.name() + ": \"" + text + "\" has " + raw);
                        }
                    }
                }
            }
        }
        assertThat(entries).isGreaterThan(1_000);
        assertThat(offenders).as("entries with raw codes").isEmpty();
    }

    private static <T extends Record & JourneyRecord> List<T> records(ChildJourney j, EpisodeKind<T> kind) {
        return j.all(kind);
    }
}
