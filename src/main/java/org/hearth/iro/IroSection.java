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

    /** Adds the section to the child's page, reading the challenge log under the view the page has just judged. */
    public void addTo(Actor actor, ChildJourney j, org.hearth.access.AccessSeam.Judged judged, Model model) {
        java.util.UUID childId = j.child().id();
        // One round trip for what the section needs besides the record: whether the child has a challenge log,
        // whether this user is the IRO who chairs the child's reviews today (Challenges.isChildsIro's rule), and the
        // names of the child's IROs in force today, in name order.
        Map<String, Object> facts = jdbc.queryForMap("SELECT "
                + "EXISTS (SELECT 1 FROM iro_challenge WHERE chal_person_id = ?) AS challenged, "
                + "EXISTS (SELECT 1 FROM ssd_involvements WHERE invo_person_id = ? AND invo_professional_id = ? "
                + "AND invo_professional_role_id = 'IRO' AND invo_involvement_start_date <= current_date "
                + "AND (invo_involvement_end_date IS NULL OR invo_involvement_end_date >= current_date)) AS chairs, "
                + "(SELECT string_agg(n, ', ' ORDER BY n) FROM (SELECT coalesce(u.display_name, i.invo_professional_id) n "
                + "FROM ssd_involvements i LEFT JOIN hearth_user u ON u.username = i.invo_professional_id "
                + "WHERE i.invo_person_id = ? AND i.invo_professional_role_id = 'IRO' "
                + "AND i.invo_involvement_start_date <= current_date AND (i.invo_involvement_end_date IS NULL "
                + "OR i.invo_involvement_end_date >= current_date)) x) AS names",
                childId, childId, actor.username(), childId);
        // The record was just read through the seam; the log is read (and audited) under the view it judged, but
        // only when the child has one, so the busiest page does not audit a read of nothing.
        model.addAttribute("iroChallenges", Boolean.TRUE.equals(facts.get("challenged"))
                ? challenges.forChild(judged, actor, childId, "casework") : List.of());
        model.addAttribute("iroCanRaise", actor.role() == org.hearth.access.Role.IRO
                && Boolean.TRUE.equals(facts.get("chairs")));
        model.addAttribute("iroLatestViews", IroReviews.latestViews(j));
        model.addAttribute("iroNames", facts.get("names"));
    }
}
