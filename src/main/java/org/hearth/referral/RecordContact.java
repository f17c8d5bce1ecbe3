package org.hearth.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.earlyhelp.EarlyHelp;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A contact about the child and the decision on it: no further action; family help (which starts a family help
 * episode from the decision, unless one is open); or a referral to children's social care, which opens the referral
 * (the CIN episode) from the contact's date and source — refused while another CIN episode is open.
 *
 * @param referralNfa for a referral: whether it was closed with no further action at the decision (the census's
 *                    referral NFA flag); null is no
 * @param familyHelp  for a referral received while family help is open: whether family help ends (END: stepped up to
 *                    children's social care, ending the day of the referral) or continues alongside the referral
 *                    (CONTINUE) — the worker's choice, recorded on the family help episode; asked only then
 */
public record RecordContact(LocalDate contactDate, String source, String reason, String decision,
                            LocalDate decisionDate, String primaryNeed, Boolean referralNfa, String familyHelp)
        implements JourneyCommand {
    public static final String FAMILY_HELP_ENDS = "END";
    public static final String FAMILY_HELP_CONTINUES = "CONTINUE";
    /** What becomes of family help open when a referral is received, in words. */
    public static final Map<String, String> FAMILY_HELP_CHOICES = new LinkedHashMap<>();
    static {
        FAMILY_HELP_CHOICES.put(FAMILY_HELP_ENDS, "End family help: the child steps up to children's social care");
        FAMILY_HELP_CHOICES.put(FAMILY_HELP_CONTINUES, "Continue family help alongside the referral");
    }

    /** A contact with no family help open (or no referral): nothing to choose about family help. */
    public RecordContact(LocalDate contactDate, String source, String reason, String decision, LocalDate decisionDate,
                         String primaryNeed, Boolean referralNfa) {
        this(contactDate, source, reason, decision, decisionDate, primaryNeed, referralNfa, null);
    }

    public static final String NFA = "NFA";
    public static final String EARLY_HELP = "EARLY_HELP";
    public static final String REFERRAL = "REFERRAL";
    /** Not decided yet: the contact waits in the front door's queue, its one-working-day clock running. */
    public static final String AWAITING = "AWAITING";
    /** The decisions on a contact, in words. */
    public static final Map<String, String> DECISIONS = new LinkedHashMap<>();
    static {
        DECISIONS.put(NFA, "No further action");
        DECISIONS.put(EARLY_HELP, "Family help (early help)");
        DECISIONS.put(REFERRAL, "Referral to children's social care");
    }
    public static final int REASON_MAX = 2_000;
    private static final String CONTACTS = ReferralStage.CONTACTS.name();

    @Override
    public List<String> parts() {
        return List.of(CONTACTS, ReferralStage.REFERRALS.name(), EarlyHelpStage.EARLY_HELP.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> refusals = new ArrayList<>();
        LocalDate today = context.today();
        if (contactDate == null) {
            refusals.add(refusal(CONTACTS, "contactDate", "Enter the date of the contact"));
        } else if (contactDate.isAfter(today)) {
            refusals.add(refusal(CONTACTS, "contactDate", "The date of the contact must be today or in the past"));
        }
        LocalDate listDate = contactDate == null || contactDate.isAfter(today) ? today : contactDate;
        String from = clean(source);
        if (from == null) {
            refusals.add(refusal(CONTACTS, "contactSourceCode", "Select who made the contact"));
        } else if (!CodeRules.list("REFERRAL_SOURCE", listDate).contains(from)) {
            refusals.add(refusal(CONTACTS, "contactSourceCode", "Select who made the contact from those used on "
                    + Dates.uk(listDate)));
        }
        String why = clean(reason);
        if (why == null) {
            refusals.add(refusal(CONTACTS, "contactReason", "Enter the reason for the contact"));
        } else if (why.length() > REASON_MAX) {
            refusals.add(refusal(CONTACTS, "contactReason", "The reason for the contact must be " + REASON_MAX
                    + " characters or fewer"));
        }
        String decided = clean(decision);
        boolean awaiting = AWAITING.equals(decided);
        if (awaiting) {
            if (!refusals.isEmpty()) {
                return Decision.refused(refusals);
            }
            return Decision.of(JourneyChange.of(ReferralStage.CONTACTS,
                    new Contact(null, j.child().id(), contactDate, from, null, null, why)));
        }
        decisionRefusals(j, decided, decisionDate, contactDate, primaryNeed, familyHelp, listDate, today, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ReferralStage.CONTACTS,
                new Contact(null, j.child().id(), contactDate, from, decided, decisionDate, why)));
        changes.addAll(consequences(j, null, contactDate, from, decided, decisionDate, clean(primaryNeed), referralNfa,
                familyHelp, why));
        return Decision.of(changes);
    }

    /** What is wrong with a decision on a contact received on {@code contactDate}, added to {@code refusals}. */
    static void decisionRefusals(ChildJourney j, String decided, LocalDate decisionDate, LocalDate contactDate,
                                 String primaryNeed, String familyHelp, LocalDate listDate, LocalDate today,
                                 List<Violation> refusals) {
        if (decided == null || !DECISIONS.containsKey(decided)) {
            refusals.add(refusal(CONTACTS, "contactOutcome", "Select the decision on the contact"));
        }
        if (decisionDate == null) {
            refusals.add(refusal(CONTACTS, "decisionDate", "Enter the date of the decision"));
        } else if (decisionDate.isAfter(today)) {
            refusals.add(refusal(CONTACTS, "decisionDate", "The date of the decision must be today or in the past"));
        } else if (contactDate != null && decisionDate.isBefore(contactDate)) {
            refusals.add(refusal(CONTACTS, "decisionDate", "The date of the decision must be on or after the contact on "
                    + Dates.uk(contactDate)));
        }
        String need = clean(primaryNeed);
        if (REFERRAL.equals(decided)) {
            if (need == null) {
                refusals.add(refusal(ReferralStage.REFERRALS.name(), "cinPrimaryNeedCode", "Select the child's primary need"));
            } else if (!CodeRules.list("PRIMARY_NEED", listDate).contains(need)) {
                refusals.add(refusal(ReferralStage.REFERRALS.name(), "cinPrimaryNeedCode",
                        "Select the child's primary need from those used on " + Dates.uk(listDate)));
            }
            Referrals.open(j).ifPresent(r -> refusals.add(new Violation("referral-one-open", "8815",
                    ReferralStage.REFERRALS.name(), r.id(), null, "The child in need episode from the referral on "
                    + Dates.uk(r.referralDate()) + " is still open. Record the contact with another decision, or "
                    + "close that episode first")));
            EarlyHelp.open(j).ifPresent(e -> {
                if (familyHelp == null || !FAMILY_HELP_CHOICES.containsKey(familyHelp)) {
                    refusals.add(refusal(EarlyHelpStage.EARLY_HELP.name(), "familyHelp", "Family help started on "
                            + Dates.uk(e.episodeStartDate()) + " is open: select whether it ends or continues alongside "
                            + "the referral"));
                } else if (FAMILY_HELP_ENDS.equals(familyHelp) && contactDate != null
                        && contactDate.isBefore(e.episodeStartDate())) {
                    refusals.add(refusal(EarlyHelpStage.EARLY_HELP.name(), "familyHelp", "Family help cannot end on the "
                            + "referral's date, before it started on " + Dates.uk(e.episodeStartDate())));
                }
            });
        }
    }

    /** What a decision opens: the referral (the CIN episode) from the contact, or family help unless it is open. */
    static List<JourneyChange<?>> consequences(ChildJourney j, java.util.UUID contactId, LocalDate contactDate,
                                               String source, String decided, LocalDate decisionDate, String need,
                                               Boolean referralNfa, String familyHelp, String why) {
        List<JourneyChange<?>> changes = new ArrayList<>();
        java.util.UUID childId = j.child().id();
        if (REFERRAL.equals(decided)) {
            changes.add(JourneyChange.of(ReferralStage.REFERRALS, new Referral(null, childId, contactId, contactDate, source,
                    need, decisionDate, Boolean.TRUE.equals(referralNfa), null, null)));
            EarlyHelpEpisode open = EarlyHelp.open(j).orElse(null);
            if (open != null) {
                changes.add(JourneyChange.of(EarlyHelpStage.EARLY_HELP, FAMILY_HELP_ENDS.equals(familyHelp)
                        ? open.endedOn(contactDate, EarlyHelpEpisode.STEP_UP) : open.continuedAt(contactDate)));
            }
        } else if (EARLY_HELP.equals(decided) && EarlyHelp.open(j).isEmpty()) {
            changes.add(JourneyChange.of(EarlyHelpStage.EARLY_HELP, new EarlyHelpEpisode(null, childId, decisionDate,
                    null, shortReason(why), null, null, null)));
        }
        return changes;
    }

    /** A family help episode's reason is a short line: the contact's first line, cut at 120 characters. */
    static String shortReason(String reason) {
        String first = reason.lines().findFirst().orElse(reason).strip();
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }

    static Violation refusal(String kind, String field, String message) {
        return new Violation("contact", null, kind, null, field, message);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
