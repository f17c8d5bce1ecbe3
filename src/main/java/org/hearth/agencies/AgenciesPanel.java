package org.hearth.agencies;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hearth.journey.ChildJourney;

/**
 * The child's page's short account of who else is involved: each agency involved now (the lead first) with its
 * practitioner and how recent the last contact was, and what family help is based on when it is a partner's assessment.
 *
 * @param lines  one per agency involved now
 * @param bases  "Help based on Hillside Academy's early help assessment of 3 March 2026"
 */
public record AgenciesPanel(List<Line> lines, List<String> bases) {
    /** One agency: its name, whether its practitioner leads, and a line of who and when. */
    public record Line(String organisation, boolean lead, String detail) {}

    public static AgenciesPanel of(ChildJourney j, LocalDate today) {
        List<Line> lines = j.all(AgenciesStage.INVOLVEMENTS).stream().filter(i -> i.endDate() == null)
                .sorted(Comparator.comparing(AgencyInvolvement::leads).reversed()
                        .thenComparing(AgencyInvolvement::organisationName))
                .map(i -> new Line(i.organisationName(), i.leads(), (i.practitionerName() == null ? ""
                        : i.practitionerName() + ", ") + Involvements.recency(i.lastContactDate(), today)))
                .toList();
        return new AgenciesPanel(lines, j.all(AgenciesStage.PARTNER_ASSESSMENTS).stream()
                .map(PartnerAssessment::basis).toList());
    }
}
