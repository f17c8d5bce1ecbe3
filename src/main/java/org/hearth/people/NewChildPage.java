package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.Violation;
import org.hearth.identity.IdentifierCheck;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.candidates.IdentityCandidates;
import org.hearth.platform.web.DateAnswer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding a child, offered only after a search: the form starts from what was searched for (never type it twice).
 * A child with the same NHS number is refused; otherwise, before anything is saved, the identity matcher's
 * candidates are shown with their score and evidence, and adding the child is an explicit choice: the worker says of
 * each candidate they may see that it is not the same child (stored and audited), or opens its record; a record they
 * may not see is only counted, and they confirm they have asked the front door or duty manager.
 */
@Controller
class NewChildPage {
    static final Map<String, String> SEXES = new LinkedHashMap<>();
    static {
        SEXES.put("F", "Female");
        SEXES.put("M", "Male");
        SEXES.put("U", "Not known");
    }

    private final FindChildPage finder;
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final LaChildIds laChildIds;
    private final IdentityCandidates identity;
    static final String SAME = "same";
    static final String NOT_SAME = "not-same";

    NewChildPage(FindChildPage finder, JourneyService journeys, CurrentActor currentActor, LaChildIds laChildIds,
                 IdentityCandidates identity) {
        this.identity = identity;
        this.finder = finder;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.laChildIds = laChildIds;
    }

    @GetMapping("/children/new")
    String form(@RequestParam(required = false) String q, Model model) {
        if (q == null || q.isBlank()) {
            return "redirect:/children";
        }
        return show(startFrom(SearchQuery.parse(q)), List.of(), model);
    }

    /** Never ask twice: the names, date of birth and NHS number searched for start the form. */
    static Map<String, String> startFrom(SearchQuery query) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", query.text());
        List<String> names = query.typedNames().stream().map(NewChildPage::capitalised).toList();
        if (names.size() == 1) {
            fields.put("surname", names.get(0));
        } else if (names.size() > 1) {
            fields.put("forename", names.get(0));
            fields.put("surname", String.join(" ", names.subList(1, names.size())));
        }
        if (query.dob() != null) {
            fields.put("born", "yes");
            DateAnswer.fill(fields, "dob", query.dob());
        }
        if (query.nhsNumber() != null) {
            fields.put("nhsNumber", NhsNumber.format(query.nhsNumber()));
        }
        return fields;
    }

    @PostMapping("/children/new")
    String create(@RequestParam Map<String, String> formIn, Model model) {
        Map<String, String> form = new LinkedHashMap<>(formIn);
        form.remove("_csrf");
        Actor actor = currentActor.get();
        List<Violation> errors = new ArrayList<>();
        String forename = trimmed(form.get("forename"));
        String surname = trimmed(form.get("surname"));
        boolean unborn = "no".equals(form.get("born"));
        if (surname == null) {
            errors.add(error("surname", "Enter the child's last name"));
        }
        if (forename == null && !unborn) {
            errors.add(error("forename", "Enter the child's first name"));
        }
        if (form.get("born") == null) {
            errors.add(error("born", "Select yes if the child has been born"));
        }
        LocalDate dob = null;
        LocalDate expected = null;
        if ("yes".equals(form.get("born"))) {
            dob = DateAnswer.read(form, "dob").orElse(null);
            if (dob == null) {
                errors.add(error("dob", "Enter the date of birth as a real date, for example 27 3 2015"));
            } else if (dob.isAfter(LocalDate.now())) {
                errors.add(error("dob", "The date of birth must be today or in the past"));
            }
        } else if (unborn) {
            expected = DateAnswer.read(form, "expectedDob").orElse(null);
            if (expected == null) {
                errors.add(error("expectedDob", "Enter the expected date of birth as a real date, for example 27 3 2027"));
            }
        }
        String sex = form.get("sex");
        if (sex == null || !SEXES.containsKey(sex)) {
            errors.add(error("sex", "Select the child's sex, or not known"));
        } else if (unborn && !"U".equals(sex)) {
            errors.add(error("sex", "Select not known for an unborn child (DfE rule 8750)"));
        }
        String nhs = null;
        if (trimmed(form.get("nhsNumber")) != null) {
            IdentifierCheck check = NhsNumber.validate(form.get("nhsNumber"));
            if (check.valid()) {
                nhs = check.normalised();
            } else {
                errors.add(error("nhsNumber", check.message()));
            }
        }
        if (!errors.isEmpty()) {
            return show(form, errors, model);
        }
        SearchQuery same = SearchQuery.forNewPerson(java.util.Arrays.asList(forename, surname),
                dob != null ? dob : expected, nhs);
        FindChildPage.Found found = finder.found(actor, same);
        String finalNhs = nhs;
        if (nhs != null && found.visible().stream().anyMatch(m -> "NHS number".equals(m.why()))
                || nhs != null && found.hidden().stream().anyMatch(m -> "NHS number".equals(m.why()))) {
            errors.add(error("nhsNumber", "A child with NHS number " + NhsNumber.format(finalNhs)
                    + " is already on Hearth: search for them by that number"));
            return show(form, errors, model);
        }
        // The matcher's candidates (the linker's own standardisation, comparison levels and learnt weights): each one
        // the worker may see needs an answer, same child or not; a record they may not see needs the front door.
        IdentityCandidates.Shown shown = identity.shownTo(actor, identity.score(IdentityCandidates.subject(forename,
                null, surname, dob != null ? dob : expected, sex, null, null, nhs, null), null),
                "possible matches for a new child");
        String fingerprint = fingerprint(forename, surname, dob != null ? dob : expected, nhs);
        List<IdentityCandidates.Candidate> candidates = shown.visible();
        for (IdentityCandidates.Candidate c : candidates) {
            if (SAME.equals(form.get(decisionField(c)))) {
                return "redirect:/children/" + c.id(); // the child is already on Hearth: open their record
            }
        }
        if (shown.any()) {
            String ids = String.join(",", candidates.stream().map(c -> c.id().toString()).toList())
                    + "|" + shown.hidden();
            boolean seen = fingerprint.equals(form.get("checked")) && ids.equals(form.get("candidates"));
            if (seen) {
                for (IdentityCandidates.Candidate c : candidates) {
                    if (!NOT_SAME.equals(form.get(decisionField(c)))) {
                        errors.add(error(decisionField(c), "Say whether " + c.name() + " is the child"));
                    }
                }
                if (shown.hidden() > 0 && !"yes".equals(form.get("notDuplicate"))) {
                    errors.add(error("notDuplicate", "Confirm that you have asked the front door or duty manager about"
                            + " the record you cannot see"));
                }
            }
            if (!seen || !errors.isEmpty()) {
                model.addAttribute("candidates", candidates);
                model.addAttribute("hiddenCandidates", shown.hidden());
                form.put("checked", fingerprint);
                form.put("candidates", ids);
                return show(form, errors, model);
            }
        }
        Person person = new Person(null, null, Person.CHILD, forename, surname, null, sex, null, null, dob, expected,
                null, nhs, null, null, null, null, null, null, null, null, null, List.of());
        JourneyService.Recorded recorded;
        try {
            // Every child the LA knows has an LA child id, so the child is in the returns from the day it is created.
            recorded = journeys.createChild(actor, laChildIds.assign(person), "new child after a search");
        } catch (RuleViolations v) {
            return show(form, v.violations(), model);
        }
        if (recorded.records().isEmpty()) {
            return "redirect:" + FindChildPage.withQuery("/children", String.join(" ", forename == null ? "" : forename, surname));
        }
        UUID id = recorded.records().get(0).personId();
        for (IdentityCandidates.Candidate c : candidates) {
            identity.decide(actor, id, c.id(), IdentityCandidates.Decision.NOT_SAME_CHILD, "new child");
        }
        return "redirect:/children/" + id;
    }

    private String show(Map<String, String> fields, List<Violation> errors, Model model) {
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field() == null ? "surname" : e.field(),
                e.message() + (e.dfeCode() == null ? "" : " (DfE rule " + e.dfeCode() + ")")));
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("sexes", SEXES);
        model.addAttribute("backHref", FindChildPage.withQuery("/children", fields.get("q")));
        if (!model.containsAttribute("candidates")) {
            model.addAttribute("candidates", List.of());
            model.addAttribute("hiddenCandidates", 0);
        }
        boolean duplicates = !((List<?>) model.getAttribute("candidates")).isEmpty()
                || (Integer) model.getAttribute("hiddenCandidates") > 0;
        String title = duplicates ? "Is the child already on Hearth?" : "Add a new child";
        model.addAttribute("title", errors.isEmpty() ? title : "Error: " + title);
        return "people/new";
    }

    static String decisionField(IdentityCandidates.Candidate c) {
        return "decision-" + c.id();
    }

    /** What the duplicate check was made on: a change to any of these needs a new check. */
    static String fingerprint(String forename, String surname, LocalDate date, String nhs) {
        return Integer.toHexString(String.join("|", String.valueOf(forename).toLowerCase(Locale.ROOT),
                String.valueOf(surname).toLowerCase(Locale.ROOT), String.valueOf(date), String.valueOf(nhs)).hashCode());
    }

    private static String capitalised(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Violation error(String field, String message) {
        return new Violation("form", null, "person", null, field, message);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
