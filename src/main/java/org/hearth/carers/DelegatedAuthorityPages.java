package org.hearth.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CareReview;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.HearthProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The social worker's side: who cares for the child (link a carer to the current placement), the delegated authority
 * (agree who takes each everyday decision and why; record that it was reviewed at a looked-after review), and the
 * carers' requests, each answered on its own page. Every change is a command run through the seam.
 */
@Controller
class DelegatedAuthorityPages {
    static final String READ = "the child's carers and delegated authority";
    static final String LINK = "link a carer to the child's placement";
    static final String AGREE = "record the child's delegated authority";
    static final String REVIEW = "record that the delegated authority was reviewed";
    static final String ANSWER = "answer a carer's request for a decision";
    static final String PART = CarersStage.DELEGATED_AUTHORITY.name();

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;

    DelegatedAuthorityPages(JourneyService journeys, CurrentActor currentActor, UserDirectory users, JdbcTemplate jdbc) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A row of the delegated authority form: the decision, and who decides now (null when not agreed). */
    public record Row(String decision, String label, DelegatedAuthority current) {}

    /** A request as the social worker sees it. */
    public record Request(DecisionRequest request, String decisionLabel, String askedByName, DecisionAnswer answer,
                          String answeredByName) {}

    /**
     * The worker signed in: these are practitioners' pages. A carer reads the delegated authority and their requests on
     * their own pages, never this one (which names every carer of the child).
     */
    private Actor worker() {
        Actor actor = currentActor.get();
        if (!actor.role().practitioner()) {
            throw new HearthProblem(org.springframework.http.HttpStatus.FORBIDDEN, "This page is for the child's workers",
                    actor.role() == Role.CARER ? "Carers see who decides and the answers to their requests on their "
                            + "own pages, under Children placed with you" : "Your role does not open a child's record");
        }
        return actor;
    }

    @GetMapping("/children/{childId}/delegated-authority")
    String page(@PathVariable UUID childId, @RequestParam(required = false) String saved, Model model) {
        Actor actor = worker();
        ChildJourney j = journeys.read(actor, childId, PART, READ);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Row r : rows(j)) {
            if (r.current() != null) {
                fields.put("who-" + r.decision(), r.current().decidedBy());
                fields.put("reason-" + r.decision(), r.current().reason());
            }
        }
        DateAnswer.fill(fields, "agreedOn", LocalDate.now());
        DateAnswer.fill(fields, "linkStartDate", Optional.ofNullable(currentPlacement(j)).map(Placement::startDate)
                .orElse(LocalDate.now()));
        DateAnswer.fill(fields, "reviewedOn", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        model.addAttribute("saved", saved == null ? null : new CarersStage().savedMessages().get(saved));
        return show(actor, j, fields, new FormErrors(), null, model);
    }

    @PostMapping("/children/{childId}/delegated-authority/carers")
    String link(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = worker();
        FormErrors errors = new FormErrors();
        LocalDate date = DateAnswer.read(form, "linkStartDate").orElse(null);
        if (date == null) {
            errors.add("linkStartDate", "Enter the date as a real date, for example 27 3 2026", null);
        } else {
            ChildJourney j = journeys.read(actor, childId, PART, LINK);
            Placement p = currentPlacement(j);
            String username = FormAnswers.text(form, "carer");
            Role role = username == null ? null : users.find(username).map(Actor::role).orElse(null);
            if (run(actor, childId, null, new LinkCarer(p == null ? null : p.id(), username, role,
                    FormAnswers.text(form, "carerKind"), date), LINK, errors)) {
                return "redirect:/children/" + childId + "/delegated-authority?saved=carer-linked";
            }
        }
        return show(actor, journeys.read(actor, childId, PART, LINK), form, errors, "link", model);
    }

    @PostMapping("/children/{childId}/delegated-authority")
    String agree(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = worker();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        LocalDate date = DateAnswer.read(form, "agreedOn").orElse(null);
        if (date == null) {
            errors.add("agreedOn", "Enter the date it was agreed as a real date, for example 27 3 2026", null);
        }
        if (errors.isEmpty()) {
            Map<String, AgreeDelegatedAuthority.Choice> choices = new LinkedHashMap<>();
            for (String decision : CarersStage.options(CarersStage.DECISION).keySet()) {
                String who = FormAnswers.text(form, "who-" + decision);
                if (who != null) {
                    choices.put(decision, new AgreeDelegatedAuthority.Choice(who, FormAnswers.text(form, "reason-" + decision)));
                }
            }
            if (run(actor, childId, version, new AgreeDelegatedAuthority(date, choices), AGREE, errors)) {
                return "redirect:/children/" + childId + "/delegated-authority?saved=delegated-authority";
            }
        }
        return show(actor, journeys.read(actor, childId, PART, AGREE), form, errors, "agree", model);
    }

    @PostMapping("/children/{childId}/delegated-authority/review")
    String review(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = worker();
        FormErrors errors = new FormErrors();
        LocalDate date = DateAnswer.read(form, "reviewedOn").orElse(null);
        if (date == null) {
            errors.add("reviewedOn", "Enter the date of the review as a real date, for example 27 3 2026", null);
        } else {
            UUID careReview = null;
            String chosen = FormAnswers.text(form, "careReview");
            if (chosen != null && !chosen.isBlank()) {
                try {
                    careReview = UUID.fromString(chosen.strip());
                } catch (IllegalArgumentException e) {
                    errors.add("careReview", "Choose one of the child's looked-after reviews", null);
                }
            }
            if (errors.isEmpty() && run(actor, childId, null, new ReviewDelegatedAuthority(date, careReview), REVIEW,
                    errors)) {
                return "redirect:/children/" + childId + "/delegated-authority?saved=delegated-authority-reviewed";
            }
        }
        return show(actor, journeys.read(actor, childId, PART, REVIEW), form, errors, "review", model);
    }

    @GetMapping("/children/{childId}/decision-requests/{requestId}")
    String request(@PathVariable UUID childId, @PathVariable UUID requestId, Model model) {
        Actor actor = worker();
        ChildJourney j = journeys.read(actor, childId, CarersStage.DECISION_ANSWERS.name(), ANSWER);
        return showRequest(j, requestId, new LinkedHashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/decision-requests/{requestId}")
    String answer(@PathVariable UUID childId, @PathVariable UUID requestId, @RequestParam Map<String, String> form,
                  Model model) {
        form.remove("_csrf");
        Actor actor = worker();
        FormErrors errors = new FormErrors();
        if (run(actor, childId, null, new AnswerDecisionRequest(requestId, FormAnswers.text(form, "answer"),
                FormAnswers.text(form, "reason"), Instant.now()), ANSWER, errors)) {
            return "redirect:/children/" + childId + "/delegated-authority?saved=decision-answered";
        }
        return showRequest(journeys.read(actor, childId, CarersStage.DECISION_ANSWERS.name(), ANSWER), requestId, form,
                errors, model);
    }

    private String showRequest(ChildJourney j, UUID requestId, Map<String, String> fields, FormErrors errors,
                               Model model) {
        DecisionRequest r = j.find(CarersStage.DECISION_REQUESTS, requestId)
                .orElseThrow(() -> HearthProblem.notFound("The carer's request"));
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("request", request(j, r));
        model.addAttribute("delegation", CarerRules.whoDecides(j, r.decision()).orElse(null));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(DecisionAnswer.AGREED, "Yes, I agree");
        answers.put(DecisionAnswer.REFUSED, "No, I do not agree");
        model.addAttribute("answers", answers);
        return "carers/answer";
    }

    private boolean run(Actor actor, UUID childId, Long version, JourneyCommand command, String purpose,
                        FormErrors errors) {
        try {
            journeys.execute(actor, childId, version, command, purpose);
            return true;
        } catch (StaleRecord stale) {
            errors.add(null, stale.title() + ". " + stale.getMessage(), null);
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), DelegatedAuthorityPages::question);
        }
        return false;
    }

    static String question(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("decidedBy:")) {
            return "who-" + field.substring("decidedBy:".length());
        }
        if (field.startsWith("reason:")) {
            return "reason-" + field.substring("reason:".length());
        }
        return switch (field) {
            case "placementId" -> "carer";
            case "carerUsername" -> "carer";
            case "carerKind" -> "carerKind";
            case "linkStartDate" -> "linkStartDate";
            case "agreedOn" -> "agreedOn";
            case "reviewedOn" -> "reviewedOn";
            case "careReviewId" -> "careReview";
            case "answer" -> "answer";
            case "reason" -> "reason";
            default -> null;
        };
    }

    private String show(Actor actor, ChildJourney j, Map<String, String> fields, FormErrors errors, String form,
                        Model model) {
        errors.addTo(model, fields);
        model.addAttribute("failedForm", form);
        model.addAttribute("child", j.child());
        Placement placement = currentPlacement(j);
        model.addAttribute("placement", placement);
        List<Map<String, Object>> carers = new ArrayList<>();
        for (PlacementCarer l : j.all(CarersStage.PLACEMENT_CARERS)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", users.find(l.carerUsername()).map(Actor::displayName).orElse(l.carerUsername()));
            c.put("kind", CarersStage.label(CarersStage.CARER_KIND, l.carerKind()));
            c.put("from", l.linkStartDate());
            c.put("to", l.linkEndDate());
            carers.add(c);
        }
        model.addAttribute("carers", carers);
        model.addAttribute("carerAccounts", carerAccounts());
        model.addAttribute("carerKinds", CarersStage.options(CarersStage.CARER_KIND));
        model.addAttribute("rows", rows(j));
        model.addAttribute("whoOptions", CarersStage.options(CarersStage.DECIDED_BY));
        model.addAttribute("lastReview", CarerRules.lastReview(j).orElse(null));
        Map<String, String> reviews = new LinkedHashMap<>();
        List<CareReview> all = new ArrayList<>(j.all(CareStage.CARE_REVIEWS));
        java.util.Collections.reverse(all);
        all.forEach(r -> reviews.put(r.id().toString(), "Looked-after review of "
                + org.hearth.journey.Dates.uk(r.startDate())));
        model.addAttribute("careReviews", reviews);
        List<Request> requests = new ArrayList<>();
        List<DecisionRequest> rs = new ArrayList<>(j.all(CarersStage.DECISION_REQUESTS));
        java.util.Collections.reverse(rs);
        rs.forEach(r -> requests.add(request(j, r)));
        model.addAttribute("requests", requests);
        model.addAttribute("canChange", CareStageRoles.changes(actor));
        return "carers/delegated-authority";
    }

    private Request request(ChildJourney j, DecisionRequest r) {
        DecisionAnswer a = CarerRules.answerTo(j, r.id()).orElse(null);
        return new Request(r, CarersStage.label(CarersStage.DECISION, r.decision()),
                users.find(r.askedBy()).map(Actor::displayName).orElse(r.askedBy()), a,
                a == null ? null : users.find(a.answeredBy()).map(Actor::displayName).orElse(a.answeredBy()));
    }

    static List<Row> rows(ChildJourney j) {
        List<Row> out = new ArrayList<>();
        CarersStage.options(CarersStage.DECISION).forEach((code, label) ->
                out.add(new Row(code, label, CarerRules.whoDecides(j, code).orElse(null))));
        return out;
    }

    static Placement currentPlacement(ChildJourney j) {
        LocalDate today = LocalDate.now();
        return j.all(CareStage.PLACEMENTS).stream().filter(p -> !p.startDate().isAfter(today) && p.endDate() == null)
                .reduce((a, b) -> b).orElse(null);
    }

    /** The carers' accounts a worker may link (enabled users whose role is CARER): username to name. */
    private Map<String, String> carerAccounts() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT username, display_name FROM hearth_user WHERE role = 'CARER' AND enabled ORDER BY display_name",
                (java.sql.ResultSet rs) -> { out.put(rs.getString(1), rs.getString(2)); });
        return out;
    }

    /** Who may change a child's carers and delegated authority: the casework roles of care. */
    static final class CareStageRoles {
        static boolean changes(Actor actor) {
            return org.hearth.care.CareRoles.changesCare(actor.role());
        }
    }
}
