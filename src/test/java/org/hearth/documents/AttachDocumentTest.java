package org.hearth.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.add;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.junit.jupiter.api.Test;

class AttachDocumentTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final long MAX = 20L * 1024 * 1024;
    final ChildJourney child = aChild().journey();
    static final JourneyCommand.Context SW = new JourneyCommand.Context(new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"),
            TODAY);

    static AttachDocument.Content pdf(long size) {
        return new AttachDocument.Content("application/pdf", size, "ab".repeat(32), "postgres", "doc/key", "2026-03-10T09:00:00Z");
    }

    static AttachDocument attach(String title, LocalDate date, AttachDocument.Content content) {
        return new AttachDocument("REPORT", title, date, false, null, null, content, MAX);
    }

    static List<String> refusals(ChildJourney j, AttachDocument command) {
        return command.decide(j, SW).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRecordTheDocumentWithANameHearthMadeAndWhoAddedIt() {
        JourneyCommand.Decision d = new AttachDocument("REPORT", " ICPC report ", TODAY.minusDays(3), true, null, null,
                pdf(1234), MAX).decide(child, SW);
        assertThat(d.refusals()).isEmpty();
        Document doc = (Document) d.changes().get(0).record();
        assertThat(doc.documentTitle()).isEqualTo("ICPC report");
        assertThat(doc.fileName()).isEqualTo("ICPC-report.pdf");
        assertThat(doc.restricted()).isTrue();
        assertThat(doc.uploadedBy()).isEqualTo("sw");
        assertThat(doc.sizeBytes()).isEqualTo(1234);
        assertThat(FormChanges.refusals(child, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAProgramRenamedAsAPdf() {
        var exe = new AttachDocument.Content("application/x-msdownload", 5000, "ab".repeat(32), "postgres", "doc/k", "x");
        assertThat(refusals(child, attach("report.pdf", TODAY, exe)))
                .containsExactly("The file is a program, whatever its name says. Hearth does not keep programs: choose "
                        + UploadRules.KINDS_KEPT);
    }

    @Test
    void shouldRefuseAFileOverTheLimitBeforeLookingAtItsType() {
        assertThat(refusals(child, attach("Big", TODAY, pdf(MAX + 1))))
                .containsExactly("The selected file must be smaller than 20 MB (it is 20.1 MB)");
    }

    @Test
    void shouldRefuseNoFileAnEmptyFileNoTitleAndAFutureDate() {
        assertThat(refusals(child, attach("", TODAY.plusDays(1), null)))
                .containsExactly("Select a document to add", "Enter a title for the document",
                        "The date of the document must be today or in the past");
        assertThat(refusals(child, attach("T", TODAY, pdf(0)))).containsExactly("The selected file is empty. Choose the "
                + "document again");
        assertThat(refusals(child, attach("T", null, pdf(10)))).containsExactly("Enter the date of the document as a real "
                + "date, for example 27 3 2025");
    }

    @Test
    void shouldRefuseAnUnknownKindAHugeTitleAndATitleOnManyLines() {
        assertThat(refusals(child, new AttachDocument("EXE", "T", TODAY, false, null, null, pdf(10), MAX)))
                .containsExactly("Select a kind of document from the list");
        assertThat(refusals(child, attach("x".repeat(201), TODAY, pdf(10))))
                .containsExactly("Enter a title of 200 characters or fewer");
        assertThat(refusals(child, attach("a\nb", TODAY, pdf(10)))).containsExactly("Enter the title as one line of text");
    }

    @Test
    void shouldAttachToAStepOfThisChildsRecordOnly() {
        Referral r = referral(TODAY.minusMonths(2));
        ChildJourney j = add(child, r);
        Referral saved = j.all(ReferralStage.REFERRALS).get(0);
        assertThat(new AttachDocument("LETTER", "Letter", TODAY, false, "referrals", saved.id(), pdf(10), MAX)
                .decide(j, SW).refusals()).isEmpty();
        assertThat(refusals(j, new AttachDocument("LETTER", "Letter", TODAY, false, "referrals", UUID.randomUUID(),
                pdf(10), MAX))).containsExactly("The step you chose is not on this child's record. Choose one from the "
                + "list, or none");
        assertThat(refusals(j, new AttachDocument("LETTER", "Letter", TODAY, false, "cp-plans", saved.id(), pdf(10),
                MAX))).hasSize(1);
    }
}
