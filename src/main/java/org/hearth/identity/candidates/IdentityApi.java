package org.hearth.identity.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.CurrentActor;
import org.hearth.identity.IdentifierCheck;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.Upn;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matching service over HTTP, for a partner's referral (and anything else holding a person's details): who on
 * Hearth may this be, with the score and the evidence; and the same for a child already on Hearth. Only candidates
 * the caller may see are named; the others are counted, never described. Audited as a search.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Identity matching", description = "Candidates for a person's details "
        + "among the children on Hearth, scored by the identity matcher with the evidence in words")
class IdentityApi {
    static final String HIDDEN = "A possible match exists in a record you can’t see — ask the front door or duty manager";

    private final IdentityCandidates identity;
    private final CurrentActor currentActor;

    IdentityApi(IdentityCandidates identity, CurrentActor currentActor) {
        this.identity = identity;
        this.currentActor = currentActor;
    }

    /** Version 1 of a person's details to match: any field may be left out, but not all of them. */
    record PersonV1(String forename, String middleName, String surname, LocalDate dateOfBirth, String sex,
                    String postcode, String addressLine, String nhsNumber, String upn) {}

    @PostMapping("/api/identity/candidates")
    @io.swagger.v3.oas.annotations.Operation(summary = "Children on Hearth who may be this person",
            description = "Scores the details against the children on Hearth with the identity matcher (the linker's "
                    + "standardisation, comparison levels and learnt weights). Nothing is linked or created.")
    Map<String, Object> candidates(@RequestBody(required = false) PersonV1 person,
                                   @RequestParam(defaultValue = "match a referral") String purpose) {
        if (person == null) {
            throw HearthProblem.badRequest("Send the person's details");
        }
        if (blank(person.surname()) && blank(person.forename()) && person.dateOfBirth() == null
                && blank(person.nhsNumber()) && blank(person.upn())) {
            throw HearthProblem.badRequest("Send at least a name, a date of birth, an NHS number or a UPN");
        }
        if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(LocalDate.now().plusMonths(10))) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check the date of birth",
                    "The date of birth is too far in the future", List.of(Map.of("pointer", "/dateOfBirth",
                    "detail", "The date of birth is too far in the future")));
        }
        for (String[] f : new String[][] {{"forename", person.forename()}, {"middleName", person.middleName()},
                {"surname", person.surname()}, {"postcode", person.postcode()}, {"addressLine", person.addressLine()},
                {"sex", person.sex()}}) {
            if (f[1] != null && (f[1].length() > 200 || !AccessSeam.isText(f[1]))) {
                throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check the details", f[0] + " must be text of at most "
                        + "200 characters", List.of(Map.of("pointer", "/" + f[0], "detail", "Text of at most 200 characters")));
            }
        }
        String nhs = identifier(person.nhsNumber(), NhsNumber::validate, "nhsNumber");
        String upn = identifier(person.upn(), Upn::validate, "upn");
        IdentityCandidates.Shown shown = identity.shownTo(currentActor.get(), identity.score(
                IdentityCandidates.subject(person.forename(), person.middleName(), person.surname(),
                        person.dateOfBirth(), person.sex(), person.postcode(), person.addressLine(), nhs, upn), null),
                purpose);
        return body(shown);
    }

    @GetMapping("/api/children/{childId}/identity/candidates")
    @io.swagger.v3.oas.annotations.Operation(summary = "Other records that may be this child")
    Map<String, Object> forChild(@PathVariable UUID childId,
                                 @RequestParam(defaultValue = "check for other records of this child") String purpose) {
        return body(identity.forChild(currentActor.get(), childId, purpose));
    }

    static Map<String, Object> body(IdentityCandidates.Shown shown) {
        return Map.of("candidates", shown.visible().stream().map(IdentityApi::candidate).toList(),
                "hiddenCount", shown.hidden(), "hiddenMessage", shown.hidden() > 0 ? HIDDEN : "");
    }

    static Map<String, Object> candidate(IdentityCandidates.Candidate c) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", c.id());
        out.put("name", c.name());
        out.put("dateOfBirth", c.dob());
        out.put("expectedDateOfBirth", c.expectedDob());
        out.put("laChildId", c.legacyId());
        out.put("score", c.probability());
        out.put("likelihood", c.percent());
        out.put("summary", c.summary());
        out.put("evidence", c.evidence().stream().map(l -> Map.of("field", l.field(), "comparison", l.level(),
                "verdict", l.verdict().name(), "weight", l.weight(), "sentence", l.sentence())).toList());
        return out;
    }

    /** A bad identifier is refused here (the caller can mend it); a good one is matched in its normal form. */
    private static String identifier(String value, java.util.function.Function<String, IdentifierCheck> check,
                                     String field) {
        if (blank(value)) {
            return null;
        }
        IdentifierCheck c = check.apply(value);
        if (!c.valid()) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check the " + field, c.message(),
                    List.of(Map.of("pointer", "/" + field, "detail", c.message())));
        }
        return c.normalised();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
