package org.hearth.people.family;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.people.AddPersonWhoMatters;
import org.hearth.people.Address;
import org.hearth.people.ChangeNetworkRecord;
import org.hearth.people.FamilyAdult;
import org.hearth.people.FamilyCodes;
import org.hearth.people.Nameable;
import org.hearth.people.PeopleStage;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.RecordAddress;
import org.hearth.people.RecordFamilyAdult;
import org.hearth.people.RecordRelationship;
import org.hearth.people.Relationship;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The household and family view (parents with parental responsibility, brothers and sisters and where they live, other
 * adults, the child's own children born or unborn, the genogram) and the forms that change the family: a parent or
 * other adult, a brother or sister, a person who matters and an address, each added, changed and ended through its
 * command. A change carries the version the form was opened at, so an edit to a record changed since is refused.
 */
@Controller
class FamilyPages {
    static final String VIEW = "show the child's family";
    static final String RECORD = "record the child's family";
    static final Map<String, String> SEXES = new LinkedHashMap<>();
    static final Map<String, String> SIBLINGS = new LinkedHashMap<>();
    static final Map<String, String> PWM_KINDS = new LinkedHashMap<>();
    static {
        SEXES.put("F", "Female");
        SEXES.put("M", "Male");
        SEXES.put("U", "Not known");
        SIBLINGS.put("SIBLING", "Full brother or sister (the same two parents)");
        SIBLINGS.put("HALF_SIBLING", "Half-brother or half-sister (one parent the same)");
        SIBLINGS.put("STEP_SIBLING", "Stepbrother or stepsister (a parent's partner's child)");
        PWM_KINDS.put("PERSON", "A person");
        PWM_KINDS.put("PET", "A pet");
    }

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Families families;
    private final Nameable nameable;

    FamilyPages(JourneyService journeys, CurrentActor currentActor, Families families, Nameable nameable) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.families = families;
        this.nameable = nameable;
    }

    // ---- The household and family view -------------------------------------------------------------------------

    @GetMapping("/children/{childId}/family")
    String family(@PathVariable UUID childId, @RequestParam(required = false) String saved, Model model) {
        Actor actor = currentActor.get();
        JourneyService.Viewed viewed = journeys.readWithView(actor, childId, "relationships", VIEW);
        ChildJourney j = viewed.journey();
        LocalDate today = LocalDate.now();
        Family family = families.of(actor, j, today);
        model.addAttribute("child", j.child());
        model.addAttribute("family", family);
        model.addAttribute("genogramSvg", GenogramSvg.render(family));
        model.addAttribute("peopleWhoMatter", j.all(PeopleStage.PEOPLE_WHO_MATTER).stream()
                .filter(p -> p.endDate() == null || !p.endDate().isBefore(today)).toList());
        model.addAttribute("addresses", j.all(PeopleStage.ADDRESSES).stream()
                .sorted(java.util.Comparator.comparing(Address::addressStartDate,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).reversed()).toList());
        model.addAttribute("siblingLinks", j.all(PeopleStage.RELATIONSHIPS).stream()
                .filter(r -> Family.SIBLING_TYPES.contains(r.relationshipType()))
                .filter(r -> r.endDate() == null || !r.endDate().isBefore(today))
                .collect(java.util.stream.Collectors.toMap(Relationship::relatedPersonId, Relationship::id, (a, b) -> a)));
        model.addAttribute("mayChangeAdults", viewed.view().canWrite(PeopleStage.FAMILY_ADULTS.name()));
        model.addAttribute("mayChangeRelationships", viewed.view().canWrite(PeopleStage.RELATIONSHIPS.name()));
        model.addAttribute("mayChangePeople", viewed.view().canWrite(PeopleStage.PEOPLE_WHO_MATTER.name()));
        model.addAttribute("mayChangeAddresses", viewed.view().canWrite(PeopleStage.ADDRESSES.name()));
        model.addAttribute("savedMessage", saved == null ? null : SAVED.get(saved));
        return "people/family";
    }

    static final Map<String, String> SAVED = Map.of("adult", "The family member has been saved",
            "sibling", "The brother or sister has been linked: they are shown on both records",
            "person", "The person who matters has been saved", "address", "The address has been saved",
            "ended", "The record has been ended: it stays in the child's history");

    // ---- A parent or other adult ---------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/family/adults/new")
    String newAdult(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "family-adults");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        return adultForm(j, null, fields, new FormErrors(), model);
    }

    @GetMapping("/children/{childId}/family/adults/{id}/change")
    String changeAdult(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        ChildJourney j = read(childId, "family-adults");
        FamilyAdult a = j.find(PeopleStage.FAMILY_ADULTS, id).orElseThrow(() -> HearthProblem.notFound("The family member"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        put(fields, "relationship", a.relationship());
        put(fields, "forename", a.forename());
        put(fields, "surname", a.surname());
        date(fields, "dob", a.dob());
        put(fields, "sex", a.sex());
        put(fields, "ethnicity", a.ethnicity());
        put(fields, "firstLanguage", a.firstLanguage());
        put(fields, "addressLine", a.addressLine());
        put(fields, "addressPostcode", a.addressPostcode());
        put(fields, "livesWithChild", a.livesWithChild() == null ? null : a.livesWithChild() ? "yes" : "no");
        put(fields, "parentalResponsibility", a.parentalResponsibility() == null ? null : a.holdsPr() ? "yes" : "no");
        put(fields, "prBasis", a.prBasis());
        put(fields, "careHistory", a.careHistory());
        put(fields, "ownChildRecordId", a.ownChildRecordId() == null ? null : a.ownChildRecordId().toString());
        put(fields, "coupleStatus", a.coupleStatus());
        date(fields, "deathDate", a.deathDate());
        return adultForm(j, a, fields, new FormErrors(), model);
    }

    @PostMapping({"/children/{childId}/family/adults/new", "/children/{childId}/family/adults/{id}/change"})
    String saveAdult(@PathVariable UUID childId, @PathVariable(required = false) UUID id,
                     @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        ChildJourney j = read(childId, "family-adults");
        FamilyAdult existing = id == null ? null : j.find(PeopleStage.FAMILY_ADULTS, id)
                .orElseThrow(() -> HearthProblem.notFound("The family member"));
        LocalDate dob = optionalDate(form, "dob", "their date of birth", errors);
        LocalDate died = optionalDate(form, "deathDate", "the date they died", errors);
        UUID own = null;
        String ownText = FormAnswers.text(form, "ownChildRecordId");
        if (ownText != null) {
            try {
                own = UUID.fromString(ownText);
            } catch (IllegalArgumentException e) {
                errors.add("ownChildRecordId", "Enter the Hearth id of their own record as a child, as shown on that "
                        + "record, or leave it blank", null);
            }
        }
        Boolean pr = FormAnswers.yesNo(form, "parentalResponsibility");
        FamilyAdult answers = new FamilyAdult(null, childId, null, FormAnswers.text(form, "relationship"),
                FormAnswers.text(form, "forename"), FormAnswers.text(form, "surname"), dob,
                FormAnswers.text(form, "sex"), FormAnswers.text(form, "ethnicity"),
                FormAnswers.text(form, "firstLanguage"), FormAnswers.text(form, "addressLine"),
                FormAnswers.text(form, "addressPostcode"), FormAnswers.yesNo(form, "livesWithChild"), pr,
                Boolean.TRUE.equals(pr) ? FormAnswers.text(form, "prBasis") : null,
                FormAnswers.text(form, "careHistory"), own, FormAnswers.text(form, "coupleStatus"), died,
                existing == null ? null : existing.startDate(), existing == null ? null : existing.endDate());
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, id == null ? null : version,
                new RecordFamilyAdult(id, answers, other -> nameable.mayName(actor, other)), RECORD, errors,
                Function.identity())) {
            return "redirect:/children/" + childId + "/family?saved=adult#adults";
        }
        return adultForm(j, existing, form, errors, model);
    }

    private String adultForm(ChildJourney j, FamilyAdult existing, Map<String, String> fields, FormErrors errors,
                             Model model) {
        common(j, fields, errors, model);
        model.addAttribute("existing", existing);
        model.addAttribute("relationships", FamilyCodes.choices(FamilyCodes.FAMILY_ADULT));
        model.addAttribute("prBases", FamilyCodes.choices(FamilyCodes.PR_BASIS));
        model.addAttribute("careHistories", FamilyCodes.choices(FamilyCodes.CARE_HISTORY));
        model.addAttribute("couples", FamilyCodes.choices(FamilyCodes.COUPLE));
        model.addAttribute("ethnicities", FamilyCodes.choices(FamilyCodes.ETHNIC));
        model.addAttribute("sexes", SEXES);
        return "people/family-adult";
    }

    // ---- A brother or sister ------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/family/siblings/new")
    String newSibling(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "relationships");
        Map<String, String> fields = new LinkedHashMap<>();
        return siblingForm(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/family/siblings/new")
    String saveSibling(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        UUID related = null;
        String relatedText = FormAnswers.text(form, "relatedPersonId");
        if (relatedText == null) {
            errors.add("relatedPersonId", "Choose the brother or sister", null);
        } else {
            try {
                related = UUID.fromString(relatedText);
            } catch (IllegalArgumentException e) {
                errors.add("relatedPersonId", "Choose the brother or sister from the list", null);
            }
        }
        String type = FormAnswers.text(form, "type");
        if (type == null || !SIBLINGS.containsKey(type)) {
            errors.add("type", "Choose whether they are a full, half or step brother or sister", null);
        }
        LocalDate from = optionalDate(form, "startDate", "the date", errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, null,
                new RecordRelationship(related, type, false, from, null, other -> nameable.mayName(actor, other)),
                RECORD, errors, f -> "relationshipType".equals(f) ? "type" : f)) {
            return "redirect:/children/" + childId + "/family?saved=sibling#siblings";
        }
        return siblingForm(read(childId, "relationships"), form, errors, model);
    }

    private String siblingForm(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        common(j, fields, errors, model);
        Actor actor = currentActor.get();
        // The children the worker may choose from: those on their own caseload, never a search of everyone.
        List<UUID> mine = journeys.allocatedTo(actor.username()).stream().filter(id -> !id.equals(j.child().id()))
                .limit(200).toList();
        Map<String, String> choices = new LinkedHashMap<>();
        if (!mine.isEmpty()) {
            for (ChildJourney c : journeys.readEach(actor, mine, "person", "choose a brother or sister")) {
                choices.put(c.child().id().toString(), c.child().displayName()
                        + (c.child().dob() == null ? "" : ", born " + c.child().dob().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
            }
        }
        model.addAttribute("children", choices);
        model.addAttribute("siblingKinds", SIBLINGS);
        return "people/family-sibling";
    }

    // ---- A person who matters -----------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/people-who-matter/new")
    String newPerson(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "people-who-matter");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        fields.put("kind", "PERSON");
        return personForm(j, null, fields, new FormErrors(), model);
    }

    @GetMapping("/children/{childId}/people-who-matter/{id}/change")
    String changePerson(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        ChildJourney j = read(childId, "people-who-matter");
        PersonWhoMatters p = j.find(PeopleStage.PEOPLE_WHO_MATTER, id)
                .orElseThrow(() -> HearthProblem.notFound("The person who matters"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        put(fields, "name", p.name());
        put(fields, "kind", p.kind());
        put(fields, "relationship", p.relationship());
        put(fields, "childsWords", p.childsWords());
        date(fields, "startDate", p.startDate());
        return personForm(j, p, fields, new FormErrors(), model);
    }

    @PostMapping({"/children/{childId}/people-who-matter/new", "/children/{childId}/people-who-matter/{id}/change"})
    String savePerson(@PathVariable UUID childId, @PathVariable(required = false) UUID id,
                      @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        ChildJourney j = read(childId, "people-who-matter");
        PersonWhoMatters existing = id == null ? null : j.find(PeopleStage.PEOPLE_WHO_MATTER, id)
                .orElseThrow(() -> HearthProblem.notFound("The person who matters"));
        LocalDate from = optionalDate(form, "startDate", "the date they started to matter", errors);
        AddPersonWhoMatters answers = new AddPersonWhoMatters(FormAnswers.text(form, "name"),
                FormAnswers.text(form, "kind"), FormAnswers.text(form, "relationship"),
                FormAnswers.text(form, "childsWords"), existing == null ? null : existing.relatedPersonId(), from,
                existing == null ? null : existing.endDate(),
                existing == null ? "yes".equals(form.get("doNotDisclose")) : existing.doNotDisclose(),
                other -> nameable.mayName(actor, other));
        Long version = FormAnswers.version(form, errors);
        JourneyCommand command = id == null ? answers : ChangeNetworkRecord.personWhoMatters(id, answers);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, id == null ? null : version, command,
                RECORD, errors, Function.identity())) {
            return "redirect:/children/" + childId + "/family?saved=person#people-who-matter";
        }
        return personForm(j, existing, form, errors, model);
    }

    private String personForm(ChildJourney j, PersonWhoMatters existing, Map<String, String> fields,
                              FormErrors errors, Model model) {
        common(j, fields, errors, model);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", PWM_KINDS);
        return "people/person-who-matters";
    }

    // ---- An address ---------------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/addresses/new")
    String newAddress(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "addresses");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        fields.put("addressType", "Home");
        return addressForm(j, null, fields, new FormErrors(), model);
    }

    @GetMapping("/children/{childId}/addresses/{id}/change")
    String changeAddress(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        ChildJourney j = read(childId, "addresses");
        Address a = j.find(PeopleStage.ADDRESSES, id).orElseThrow(() -> HearthProblem.notFound("The address"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        put(fields, "addressType", "HOME".equals(a.addressType()) ? "Home" : a.addressType());
        put(fields, "addressLine", a.addressLine());
        put(fields, "addressPostcode", a.addressPostcode());
        date(fields, "addressStartDate", a.addressStartDate());
        return addressForm(j, a, fields, new FormErrors(), model);
    }

    @PostMapping({"/children/{childId}/addresses/new", "/children/{childId}/addresses/{id}/change"})
    String saveAddress(@PathVariable UUID childId, @PathVariable(required = false) UUID id,
                       @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        ChildJourney j = read(childId, "addresses");
        Address existing = id == null ? null : j.find(PeopleStage.ADDRESSES, id)
                .orElseThrow(() -> HearthProblem.notFound("The address"));
        LocalDate from = DateAnswer.read(form, "addressStartDate").orElse(null);
        if (from == null) {
            errors.add("addressStartDate", "Enter the date the child started living there as a real date, for "
                    + "example 27 3 2025", null);
        }
        RecordAddress answers = new RecordAddress(FormAnswers.text(form, "addressType"),
                FormAnswers.text(form, "addressLine"), FormAnswers.text(form, "addressPostcode"), from,
                existing == null ? null : existing.addressEndDate(),
                existing == null ? "yes".equals(form.get("doNotDisclose")) : existing.doNotDisclose());
        Long version = FormAnswers.version(form, errors);
        JourneyCommand command = id == null ? answers : ChangeNetworkRecord.address(id, answers);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, id == null ? null : version, command,
                RECORD, errors, Function.identity())) {
            return "redirect:/children/" + childId + "/family?saved=address#addresses";
        }
        return addressForm(j, existing, form, errors, model);
    }

    private String addressForm(ChildJourney j, Address existing, Map<String, String> fields, FormErrors errors,
                               Model model) {
        common(j, fields, errors, model);
        model.addAttribute("existing", existing);
        return "people/address";
    }

    // ---- Ending a record ----------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/family/{kind}/{id}/end")
    String endForm(@PathVariable UUID childId, @PathVariable String kind, @PathVariable UUID id, Model model) {
        Ending ending = ending(kind);
        ChildJourney j = read(childId, ending.part());
        String what = ending.describe().apply(j, id).orElseThrow(() -> HearthProblem.notFound("The record"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        DateAnswer.fill(fields, "endDate", LocalDate.now());
        return endPage(j, kind, id, what, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/family/{kind}/{id}/end")
    String end(@PathVariable UUID childId, @PathVariable String kind, @PathVariable UUID id,
               @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Ending ending = ending(kind);
        Actor actor = currentActor.get();
        ChildJourney j = read(childId, ending.part());
        String what = ending.describe().apply(j, id).orElseThrow(() -> HearthProblem.notFound("The record"));
        FormErrors errors = new FormErrors();
        LocalDate to = DateAnswer.read(form, "endDate").orElse(null);
        if (to == null) {
            errors.add("endDate", "Enter the date it ended as a real date, for example 27 3 2025", null);
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                ending.command().apply(new Ended(j, id, to, actor)), RECORD, errors, f -> "endDate")) {
            return "redirect:/children/" + childId + "/family?saved=ended";
        }
        return endPage(j, kind, id, what, form, errors, model);
    }

    private String endPage(ChildJourney j, String kind, UUID id, String what, Map<String, String> fields,
                           FormErrors errors, Model model) {
        common(j, fields, errors, model);
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", id);
        model.addAttribute("what", what);
        return "people/end";
    }

    private record Ended(ChildJourney j, UUID id, LocalDate to, Actor actor) {}

    private record Ending(String part, java.util.function.BiFunction<ChildJourney, UUID, Optional<String>> describe,
                          Function<Ended, JourneyCommand> command) {}

    private Ending ending(String kind) {
        return switch (kind) {
            case "adults" -> new Ending("family-adults",
                    (j, id) -> j.find(PeopleStage.FAMILY_ADULTS, id).map(a -> a.name() + " ("
                            + FamilyCodes.label(FamilyCodes.FAMILY_ADULT, a.relationship()).toLowerCase() + ")"),
                    e -> {
                        FamilyAdult a = e.j().find(PeopleStage.FAMILY_ADULTS, e.id()).orElseThrow();
                        return new RecordFamilyAdult(e.id(), new FamilyAdult(null, null, null, a.relationship(),
                                a.forename(), a.surname(), a.dob(), a.sex(), a.ethnicity(), a.firstLanguage(),
                                a.addressLine(), a.addressPostcode(), a.livesWithChild(), a.parentalResponsibility(),
                                a.prBasis(), a.careHistory(), a.ownChildRecordId(), a.coupleStatus(), a.deathDate(),
                                a.startDate(), e.to()), other -> nameable.mayName(e.actor(), other));
                    });
            case "people-who-matter" -> new Ending("people-who-matter",
                    (j, id) -> j.find(PeopleStage.PEOPLE_WHO_MATTER, id).map(PersonWhoMatters::name),
                    e -> {
                        PersonWhoMatters p = e.j().find(PeopleStage.PEOPLE_WHO_MATTER, e.id()).orElseThrow();
                        return ChangeNetworkRecord.personWhoMatters(e.id(), new AddPersonWhoMatters(p.name(), p.kind(),
                                p.relationship(), p.childsWords(), p.relatedPersonId(), p.startDate(), e.to(),
                                p.doNotDisclose(), other -> nameable.mayName(e.actor(), other)));
                    });
            case "addresses" -> new Ending("addresses",
                    (j, id) -> j.find(PeopleStage.ADDRESSES, id).map(a -> a.addressLine() == null ? "the address"
                            : a.addressLine()),
                    e -> {
                        Address a = e.j().find(PeopleStage.ADDRESSES, e.id()).orElseThrow();
                        return ChangeNetworkRecord.address(e.id(), new RecordAddress(a.addressType(), a.addressLine(),
                                a.addressPostcode(), a.addressStartDate(), e.to(), a.doNotDisclose()));
                    });
            case "relationships" -> new Ending("relationships",
                    (j, id) -> j.find(PeopleStage.RELATIONSHIPS, id).map(r -> "the link with a "
                            + FamilyCodes.label(FamilyCodes.RELATIONSHIP, r.relationshipType()).toLowerCase()),
                    e -> {
                        Relationship r = e.j().find(PeopleStage.RELATIONSHIPS, e.id()).orElseThrow();
                        return ChangeNetworkRecord.relationship(e.id(), new RecordRelationship(r.relatedPersonId(),
                                r.relationshipType(), r.parentalResponsibility(), r.startDate(), e.to(),
                                other -> nameable.mayName(e.actor(), other)));
                    });
            default -> throw HearthProblem.notFound("The page");
        };
    }

    // ---- Shared -------------------------------------------------------------------------------------------------

    private ChildJourney read(UUID childId, String part) {
        return journeys.read(currentActor.get(), childId, part, RECORD);
    }

    private static void common(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        model.addAttribute("child", j.child());
        errors.addTo(model, fields);
    }

    /** A date that may be left blank: blank is null; a part-filled or impossible date is an error. */
    static LocalDate optionalDate(Map<String, String> form, String id, String what, FormErrors errors) {
        boolean blank = List.of("-day", "-month", "-year").stream()
                .allMatch(s -> form.getOrDefault(id + s, "").isBlank());
        if (blank) {
            return null;
        }
        Optional<LocalDate> d = DateAnswer.read(form, id);
        if (d.isEmpty()) {
            errors.add(id, "Enter " + what + " as a real date, for example 27 3 2025, or leave it blank", null);
            return null;
        }
        return d.get();
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static void date(Map<String, String> fields, String key, LocalDate d) {
        if (d != null) {
            DateAnswer.fill(fields, key, d);
        }
    }
}
