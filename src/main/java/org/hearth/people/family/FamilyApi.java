package org.hearth.people.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.people.FamilyAdult;
import org.hearth.people.Nameable;
import org.hearth.people.RecordFamilyAdult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The child's family over HTTP: the household and family view, and parents and other adults through their command. */
@RestController
@Tag(name = "The child's family", description = "Parents and other adults, brothers and sisters, the household")
class FamilyApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Families families;
    private final Nameable nameable;

    FamilyApi(JourneyService journeys, CurrentActor currentActor, Families families, Nameable nameable) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.families = families;
        this.nameable = nameable;
    }

    /**
     * Version 1 of a parent or other adult.
     *
     * @param relationship           MOTHER, FATHER, STEP_PARENT, PARTNER_OF_PARENT, GRANDPARENT, OTHER_RELATIVE,
     *                               FAMILY_FRIEND or OTHER (codes/FAMILY_ADULT)
     * @param parentalResponsibility whether they hold parental responsibility for the child
     * @param prBasis                how they hold it (codes/PR_BASIS), only when they do
     * @param careHistory            their own childhood contact with children's social care (codes/PARENT_CARE_HISTORY)
     * @param ownChildRecordId       their own record as a child on Hearth, one the worker may see
     * @param coupleStatus           with the child's other parent (codes/COUPLE)
     */
    record FamilyAdultRequest(String relationship, String forename, String surname, LocalDate dob, String sex,
                              String ethnicity, String firstLanguage, String addressLine, String addressPostcode,
                              Boolean livesWithChild, Boolean parentalResponsibility, String prBasis,
                              String careHistory, UUID ownChildRecordId, String coupleStatus, LocalDate deathDate,
                              LocalDate from, LocalDate to) {
        FamilyAdult answers() {
            return new FamilyAdult(null, null, null, relationship, forename, surname, dob, sex, ethnicity,
                    firstLanguage, addressLine, addressPostcode, livesWithChild, parentalResponsibility, prBasis,
                    careHistory, ownChildRecordId, coupleStatus, deathDate, from, to);
        }
    }

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("startDate", "from"), Map.entry("endDate", "to"),
            Map.entry("relationship", "relationship"), Map.entry("forename", "forename"), Map.entry("surname", "surname"),
            Map.entry("dob", "dob"), Map.entry("sex", "sex"), Map.entry("ethnicity", "ethnicity"),
            Map.entry("firstLanguage", "firstLanguage"), Map.entry("addressLine", "addressLine"),
            Map.entry("addressPostcode", "addressPostcode"), Map.entry("parentalResponsibility", "parentalResponsibility"),
            Map.entry("prBasis", "prBasis"), Map.entry("careHistory", "careHistory"),
            Map.entry("ownChildRecordId", "ownChildRecordId"), Map.entry("coupleStatus", "coupleStatus"),
            Map.entry("deathDate", "deathDate"));

    @GetMapping("/api/children/{childId}/family")
    @Operation(summary = "The child's household and family",
            description = "Parents and other adults, brothers and sisters (recorded on either child's record; a child "
                    + "whose record you may not see is not named), the child's own children and the household.")
    Family family(@PathVariable UUID childId,
                  @RequestParam(defaultValue = Families.PURPOSE) String purpose) {
        Actor actor = currentActor.get();
        return families.of(actor, journeys.read(actor, childId, "relationships", purpose), LocalDate.now());
    }

    @PostMapping("/api/children/{childId}/family-adults")
    @Operation(summary = "Add a parent or other adult to the child's family")
    ResponseEntity<CommandApi.Result> add(@PathVariable UUID childId, @RequestBody FamilyAdultRequest r,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(defaultValue = FamilyPages.RECORD) String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new RecordFamilyAdult(null, r.answers(),
                id -> nameable.mayName(actor, id)), purpose, FIELDS);
    }

    @PostMapping("/api/children/{childId}/family-adults/{adultId}")
    @Operation(summary = "Change (or end, with an end date) a parent or other adult",
            description = "Needs If-Match with the version you read; a stale version is refused.")
    ResponseEntity<CommandApi.Result> change(@PathVariable UUID childId, @PathVariable UUID adultId,
                                             @RequestBody FamilyAdultRequest r,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = FamilyPages.RECORD) String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new RecordFamilyAdult(adultId, r.answers(),
                id -> nameable.mayName(actor, id)), purpose, FIELDS);
    }
}
