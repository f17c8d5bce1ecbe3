package org.hearth.record;

import org.hearth.journey.ChildJourney;
import org.hearth.stages.ChildStatus;
import org.hearth.journey.JourneyService;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.chronology.Chronology;
import org.hearth.chronology.VisibleChronology;
import org.hearth.clocks.JourneyClocks;
import org.hearth.identity.NhsNumber;
import org.hearth.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.hearth.people.PeopleStage;

/** The child's record: identity bar, statutory work, the chronology, the people who matter. */
@Controller
class ChildPage {
    private static final String RECORD_VISIT = "Record a visit";
    /** The looked-after steps (CareStage.actions), offered on the looked-after card. */
    private static final java.util.regex.Pattern CARE_STEP =
            java.util.regex.Pattern.compile(".*/(care/new|placements/change|legal-statuses/change|care-reviews/new)$");
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Chronology chronology;
    private final org.hearth.people.ecomap.Ecomaps ecomaps;
    private final JourneyClocks clocks = JourneyClocks.standard();
    private final org.hearth.iro.IroSection iro;
    private final org.hearth.health.HealthSection health;
    private final org.hearth.access.UserDirectory users;

    ChildPage(JourneyService journeys, CurrentActor currentActor, Chronology chronology,
              org.hearth.people.ecomap.Ecomaps ecomaps, org.hearth.iro.IroSection iro,
              org.hearth.health.HealthSection health, org.hearth.access.UserDirectory users) {
        this.health = health;
        this.users = users;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.chronology = chronology;
        this.ecomaps = ecomaps;
        this.iro = iro;
    }

    @GetMapping("/children/{childId}")
    String child(@PathVariable UUID childId, @RequestParam(required = false) String saved,
                 @RequestParam(name = "kind", required = false) java.util.List<String> kinds, java.util.Locale locale,
                 Model model) {
        LocalDate today = LocalDate.now();
        org.hearth.access.Actor actor = currentActor.get();
        // The record is judged once: the sections that read further parts of it (the IRO's challenge log, health
        // look-ups) read them under the same judgement, and the page's audit entries are written together before
        // the page is drawn.
        return journeys.readJudged(actor, childId, "record", "casework", (viewed, judged) ->
                page(actor, childId, viewed, judged, today, saved, kinds, locale, model));
    }

    private String page(org.hearth.access.Actor actor, UUID childId, JourneyService.Viewed viewed,
                        org.hearth.access.AccessSeam.Judged judged, LocalDate today, String saved,
                        java.util.List<String> kinds, java.util.Locale locale, Model model) {
        ChildJourney j = viewed.journey();
        model.addAttribute("child", j.child());
        model.addAttribute("age", j.child().dob() == null ? null : age(j.child().dob(), today));
        model.addAttribute("nhs", j.child().nhsNumber() == null ? null : NhsNumber.format(j.child().nhsNumber()));
        model.addAttribute("tags", ChildStatus.tags(j, today));
        // The user's view of the record decides what the page shows and offers. The chronology is written from the
        // records, so it shows only entries about records the view shows (a family help worker sees no CP events, and
        // no one outside the allocated worker and their manager sees a "do not disclose" address).
        org.hearth.access.View view = viewed.view();
        model.addAttribute("identity", IdentityBar.of(j, view, today,
                u -> users.find(u).map(org.hearth.access.Actor::displayName).orElse(u)));
        model.addAttribute("canEditWarnings", view.canWrite("warnings"));
        model.addAttribute("canSeeSharing", view.canRead(org.hearth.access.RecordParts.SHARING));
        model.addAttribute("canSeeWhoLooked", view.canRead(org.hearth.access.RecordParts.ACCESS_LOG));
        // The chronology is read once, whatever the filter and the view: the filter's counts are of the entries this
        // view shows (every kind present, the filter's choice aside), the timeline of the kinds chosen among them.
        java.util.List<Chronology.Entry> shownEntries = chronology.of(childId);
        if (!VisibleChronology.whole(view)) {
            shownEntries = shownEntries.stream().filter(VisibleChronology.shown(j, view)).toList();
        }
        org.hearth.chronology.ChronologyFilter filter = org.hearth.chronology.ChronologyFilter.of(kinds);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.List<ChronologyLine> newestFirst = new java.util.ArrayList<>(shownEntries.size());
        java.util.Map<String, String> kindLabels = org.hearth.chronology.ChronologyFilter.labels();
        java.time.format.DateTimeFormatter longDate = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        String entryHref = "/children/" + childId + "/chronology/";
        for (int i = shownEntries.size() - 1; i >= 0; i--) {
            Chronology.Entry e = shownEntries.get(i);
            counts.merge(e.kind(), 1, Integer::sum);
            if (filter.everything() || filter.kinds().contains(e.kind())) {
                newestFirst.add(new ChronologyLine(entryHref + e.entryId(), e.summary(),
                        kindLabels.getOrDefault(e.kind(), e.kind()) + ", recorded by " + e.recordedByWords(),
                        e.significant(), e.date().toString(), longDate.format(e.date())));
            }
        }
        model.addAttribute("chronology", newestFirst);
        model.addAttribute("chronologyFilter", filter);
        model.addAttribute("chronologyOptions", filter.options(counts.entrySet().stream()
                .map(c -> new Chronology.KindCount(c.getKey(), c.getValue())).toList()));
        java.util.List<org.hearth.clocks.StatutoryClock> open = clocks.open(j, today);
        java.time.format.DateTimeFormatter shortDate = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        model.addAttribute("clocks", open.stream().map(c -> {
            org.hearth.clocks.ClockStatus status = c.status(today);
            return new ClockLine("govuk-tag " + Labels.STATUS_CLASS.get(status), Labels.STATUS.get(status),
                    c.subject() + " — " + (c.dueOn() == null ? null : shortDate.format(c.dueOn())));
        }).toList());
        // What the page offers follows the user's view: a read-only view (break-glass, a grant) offers nothing to record.
        java.util.function.Predicate<org.hearth.journey.Stage.Action> allowed =
                a -> view.canWrite(String.join(",", a.parts()));
        model.addAttribute("readOnly", view.writes().isEmpty() ? ReadOnly.of(view) : null);
        org.hearth.protection.ProtectionSummary protection =
                org.hearth.protection.ProtectionSummary.of(j, open, actor, today, allowed);
        model.addAttribute("protection", protection);
        model.addAttribute("today", today);
        model.addAttribute("peopleWhoMatter", j.all(PeopleStage.PEOPLE_WHO_MATTER));
        model.addAttribute("agencies", view.canRead("involvements")
                ? org.hearth.agencies.AgenciesPanel.of(j, today) : null);
        model.addAttribute("caseNotes", org.hearth.notes.NotesStage.all(j));
        org.hearth.people.ecomap.Ecomap ecomap = ecomaps.of(j, today);
        model.addAttribute("ecomap", ecomap);
        model.addAttribute("ecomapTies", ecomap.members().stream().collect(java.util.stream.Collectors.groupingBy(
                org.hearth.people.ecomap.Ecomap.Member::tie, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .entrySet().stream().map(t -> new TieLine(t.getKey().label(), t.getValue())).toList());
        model.addAttribute("ecomapSvg", org.hearth.people.ecomap.EcomapSvg.render(ecomap));
        model.addAttribute("lookedAfter", org.hearth.care.LookedAfter.of(j, today));
        // Stability is shown only to a view that opens every record it counts, so no count is short for want of access.
        boolean stable = view.canRead("placements") && view.canRead("allocations") && view.canRead("schools");
        model.addAttribute("stability", stable ? org.hearth.stability.StabilityIndex.of(j, today) : null);
        model.addAttribute("stabilitySchoolHref", stable && view.canWrite("schools")
                ? "/children/" + childId + "/schools/new" : null);
        String stageSaved = RecordActions.savedMessage(saved);
        model.addAttribute("saved", stageSaved != null ? stageSaved : org.hearth.iro.IroSection.savedMessage(saved));
        java.util.List<org.hearth.journey.Stage.Action> actions =
                RecordActions.of(j, today, actor).stream().filter(allowed).toList();
        // Where each step is offered, sorted here once: "Record a visit" as a button, the looked-after steps on their
        // card, the rest (less what the child protection card offers) in the list of things to record.
        model.addAttribute("recordVisit", actions.stream().filter(a -> RECORD_VISIT.equals(a.label())).toList());
        model.addAttribute("careActions", actions.stream().filter(a -> CARE_STEP.matcher(a.href()).matches()).toList());
        model.addAttribute("listedActions", protection.notShown(actions).stream()
                .filter(a -> !RECORD_VISIT.equals(a.label()) && !CARE_STEP.matcher(a.href()).matches()).toList());
        iro.addTo(actor, j, judged, model);
        health.addTo(actor, judged, childId, model);
        model.addAttribute("documentsShown", org.hearth.documents.DocumentsSection.shown(view));
        Labels.addTo(model);
        return "journey/child";
    }

    /**
     * One event of the timeline as the page prints it, worked out once here rather than by the template per row: its
     * link, summary, "kind, recorded by whom", whether significant, and its date (ISO for the time element, in words).
     */
    record ChronologyLine(String href, String summary, String byline, boolean significant, String isoDate,
                          String date) {}

    /** A statutory clock in the side column: its tag's class and words, and what is due when. */
    record ClockLine(String tagClass, String status, String text) {}

    /** One kind of tie in the network's list, with its members in the record's order. */
    record TieLine(String label, java.util.List<org.hearth.people.ecomap.Ecomap.Member> members) {}

    /** Why the record is read only for this user, and until when: the banner over a break-glass or granted view. */
    record ReadOnly(String why, java.time.ZonedDateTime until) {
        static ReadOnly of(org.hearth.access.View view) {
            String why = switch (view.basis() == null ? "" : view.basis().name()) {
                case "BREAK_GLASS" -> "You are using break-glass access. Your team manager has been told, and this record "
                        + "is read only: you cannot record anything on it.";
                case "GRANT" -> "You have been granted access to read this record. You cannot record anything on it.";
                case "IRO_SERVICE_MANAGER" -> "You are reading this record as the manager of the child's IRO. You cannot "
                        + "record anything on it.";
                default -> "Your access to this record is to read it only.";
            };
            return new ReadOnly(why, view.until() == null ? null
                    : view.until().atZone(java.time.ZoneId.of("Europe/London")));
        }
    }

    static String age(LocalDate dob, LocalDate today) {
        Period p = Period.between(dob, today);
        return p.getYears() >= 2 ? p.getYears() + " years" : p.toTotalMonths() + " months";
    }

}
