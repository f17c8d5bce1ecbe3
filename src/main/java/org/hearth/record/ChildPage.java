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
                 @RequestParam(name = "kind", required = false) java.util.List<String> kinds, Model model) {
        LocalDate today = LocalDate.now();
        org.hearth.access.Actor actor = currentActor.get();
        JourneyService.Viewed viewed = journeys.readWithView(actor, childId, "record", "casework");
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
        boolean whole = VisibleChronology.whole(view);
        java.util.function.Predicate<Chronology.Entry> shown = VisibleChronology.shown(j, view);
        org.hearth.chronology.ChronologyFilter filter = org.hearth.chronology.ChronologyFilter.of(kinds);
        java.util.List<Chronology.Entry> newestFirst = new java.util.ArrayList<>(chronology.of(childId, filter.kinds()));
        newestFirst.removeIf(shown.negate());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("chronology", newestFirst);
        model.addAttribute("chronologyFilter", filter);
        model.addAttribute("chronologyLabels", org.hearth.chronology.ChronologyFilter.labels());
        model.addAttribute("chronologyOptions", filter.options(whole ? chronology.kinds(childId)
                : chronology.of(childId).stream().filter(shown).collect(java.util.stream.Collectors.groupingBy(
                        Chronology.Entry::kind, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()))
                .entrySet().stream().map(e -> new Chronology.KindCount(e.getKey(), e.getValue().intValue())).toList()));
        java.util.List<org.hearth.clocks.StatutoryClock> open = clocks.open(j, today);
        model.addAttribute("clocks", open);
        // What the page offers follows the user's view: a read-only view (break-glass, a grant) offers nothing to record.
        java.util.function.Predicate<org.hearth.journey.Stage.Action> allowed =
                a -> view.canWrite(String.join(",", a.parts()));
        model.addAttribute("readOnly", view.writes().isEmpty() ? ReadOnly.of(view) : null);
        model.addAttribute("protection", org.hearth.protection.ProtectionSummary.of(j, open, actor, today, allowed));
        model.addAttribute("today", today);
        model.addAttribute("peopleWhoMatter", j.all(PeopleStage.PEOPLE_WHO_MATTER));
        model.addAttribute("agencies", view.canRead("involvements")
                ? org.hearth.agencies.AgenciesPanel.of(j, today) : null);
        model.addAttribute("caseNotes", org.hearth.notes.NotesStage.all(j));
        org.hearth.people.ecomap.Ecomap ecomap = ecomaps.of(j, today);
        model.addAttribute("ecomap", ecomap);
        model.addAttribute("ecomapSvg", org.hearth.people.ecomap.EcomapSvg.render(ecomap));
        model.addAttribute("lookedAfter", org.hearth.care.LookedAfter.of(j, today));
        // Stability is shown only to a view that opens every record it counts, so no count is short for want of access.
        boolean stable = view.canRead("placements") && view.canRead("allocations") && view.canRead("schools");
        model.addAttribute("stability", stable ? org.hearth.stability.StabilityIndex.of(j, today) : null);
        model.addAttribute("stabilitySchoolHref", stable && view.canWrite("schools")
                ? "/children/" + childId + "/schools/new" : null);
        String stageSaved = RecordActions.savedMessage(saved);
        model.addAttribute("saved", stageSaved != null ? stageSaved : org.hearth.iro.IroSection.savedMessage(saved));
        model.addAttribute("recordActions", RecordActions.of(j, today, actor).stream().filter(allowed).toList());
        iro.addTo(actor, j, model);
        health.addTo(actor, childId, view, model);
        Labels.addTo(model);
        return "journey/child";
    }

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
