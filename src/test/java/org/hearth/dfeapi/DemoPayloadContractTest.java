package org.hearth.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;
import org.junit.jupiter.api.Test;

/**
 * A synthetic council's whole flow (the demo generator's varied journeys: unborn children, care leavers, adoptions,
 * 903 and CIN histories) keeps the spec's contract as the stand-in checks it, child by child.
 */
class DemoPayloadContractTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

    @Test
    void shouldKeepTheContractForEveryChildOfASyntheticCouncil() {
        Cohort.Window window = Cohort.Window.endingOn(TODAY);
        List<String> violations = new ArrayList<>();
        int sent = 0;
        boolean placements = false;
        boolean workers = false;
        for (ChildJourney j : new DemoGenerator(11, TODAY).children(400).toList()) {
            if (!Cohort.includes(j, window)) {
                continue;
            }
            Map<String, Object> payload = Json.object(Json.text(ChildPayload.of(j, window)));
            violations.addAll(DfeStandIn.Checker.check(payload).stream()
                    .map(v -> payload.get("la_child_id") + " " + v).toList());
            String text = Json.text(payload);
            placements |= text.contains("child_looked_after_placements");
            workers |= text.contains("care_worker_details");
            sent++;
        }
        assertThat(violations).isEmpty();
        assertThat(sent).isGreaterThan(100);
        assertThat(placements && workers).as("the sample exercises placements and workers").isTrue();
    }

    @Test
    void shouldFindABrokenRecordSoTheCheckItselfCanFail() {
        Map<String, Object> bad = new java.util.LinkedHashMap<>(ChildPayload.purge("C1", "not a valid id!"));
        bad.put("purge", false);
        bad.put("child_details", Map.of("sex", "M", "uasc_flag", "no", "purge", false, "date_of_birth", "2015-02-30"));
        bad.put("social_care_episodes", List.of(Map.of("social_care_episode_id", "E1", "purge", false,
                "referral_date", "2025-01-01", "extra", 1)));
        assertThat(String.join("\n", DfeStandIn.Checker.check(bad))).contains("mis_child_id")
                .contains("child_details.uasc_flag").contains("child_details.date_of_birth")
                .contains("social_care_episodes[0].extra: not a field of the spec");
    }
}
