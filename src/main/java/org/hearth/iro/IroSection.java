package org.hearth.iro;

import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the child's record shows of the IRO's work: who chairs the child's reviews, the child's latest recorded views,
 * and the challenge log (read through the seam like every other part of the record).
 */
@Component
public class IroSection {
    private static final Map<String, String> SAVED = Map.of("care-review", "Looked-after review recorded");

    private final Challenges challenges;
    private final JdbcTemplate jdbc;

    IroSection(Challenges challenges, JdbcTemplate jdbc) {
        this.challenges = challenges;
        this.jdbc = jdbc;
    }

    /** The success message after a review form, or null. */
    public static String savedMessage(String saved) {
        return saved == null ? null : SAVED.get(saved);
    }

    public void addTo(Actor actor, ChildJourney j, Model model) {
        // The record was just read through the seam; the log is read (and audited) through it too, but only when
        // the child has one, so the busiest page does not take the audit chain's lock twice for nothing.
        model.addAttribute("iroChallenges", challenges.exist(j.child().id())
                ? challenges.forChild(actor, j.child().id(), "casework") : List.of());
        model.addAttribute("iroCanRaise", challenges.isChildsIro(actor, j.child().id()));
        model.addAttribute("iroLatestViews", IroReviews.latestViews(j));
        List<String> names = jdbc.queryForList("SELECT coalesce(u.display_name, i.invo_professional_id) "
                + "FROM ssd_involvements i LEFT JOIN hearth_user u ON u.username = i.invo_professional_id "
                + "WHERE i.invo_person_id = ? AND i.invo_professional_role_id = 'IRO' "
                + "AND i.invo_involvement_start_date <= current_date AND (i.invo_involvement_end_date IS NULL "
                + "OR i.invo_involvement_end_date >= current_date) ORDER BY 1", String.class, j.child().id());
        model.addAttribute("iroNames", names.isEmpty() ? null : String.join(", ", names));
    }
}
