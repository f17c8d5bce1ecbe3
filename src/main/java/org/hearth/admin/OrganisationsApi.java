package org.hearth.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.platform.web.HearthProblem;
import org.hearth.sharing.Sharing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The council's partner organisations and their users over HTTP, for its administrators only: the same commands and
 * rules as the pages. A change to an organisation or a user needs the version read (If-Match, from the ETag; 428
 * without it, 409 when stale); refusals are problem details pointing at the request's own fields.
 */
@RestController
@RequestMapping("/api/admin/organisations")
@Tag(name = "Partner organisations (administration)", description = "The council's administrators register, change "
        + "and close partner organisations (police, NHS, schools, early years, youth justice, Cafcass…) and manage their "
        + "users. Everyone else is refused (403), partners included")
class OrganisationsApi {
    private final OrganisationAdmin admin;
    private final CurrentActor currentActor;

    OrganisationsApi(OrganisationAdmin admin, CurrentActor currentActor) {
        this.admin = admin;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of an organisation's details.
     *
     * @param name            its name, unique in Hearth
     * @param type            a code of the organisation type list (GET …/types): POLICE_FORCE, NHS_TRUST, SCHOOL…
     * @param urn             a school's URN (6 digits, required) or an early years setting's Ofsted URN (EY and 6
     *                        digits, or 6 or 7 digits, required); no other type has one
     * @param odsCode         the NHS ODS code (3 to 6 letters and numbers): required of an NHS trust and a GP practice,
     *                        optional for health visiting, school nursing and CAMHS; no other type has one
     * @param policeForceCode a police force's 2-digit code (required of a police force; no other type has one)
     */
    record OrganisationRequest(String name, String type, String urn, String odsCode, String policeForceCode,
                               String address, String email, String phone) {}

    /** Closing an organisation: why. */
    record CloseRequest(String reason) {}

    /**
     * A new user of the organisation.
     *
     * @param role     PARTNER (a practitioner) or HEALTH_PARTNER (health flag look-ups; health organisations only)
     * @param password an initial password of 12 to 64 characters; none when oidcOnly
     * @param oidcOnly the user signs in only through an identity provider (their organisation's or the council's)
     */
    record UserRequest(String username, String displayName, String email, String role, String password,
                       Boolean oidcOnly) {}

    /** A new password (12 to 64 characters). */
    record PasswordRequest(String password) {}

    /** A type of organisation: its code, its words, whether its users may be health partners. */
    record TypeV1(String code, String label, boolean health) {}

    /** An identity provider configured for the organisation (hearth.oidc.issuers), read only. */
    record IssuerV1(String issuerUri, String clientId) {}

    /** An organisation as its administrator sees it; {@code childrenShared} counts, naming no child. */
    record OrganisationV1(String id, String name, String type, String typeLabel, String urn, String odsCode,
                          String policeForceCode, String address, String email, String phone, String status,
                          LocalDate closedOn, String closedReason, int users, int enabledUsers, int childrenShared,
                          long version, List<IssuerV1> signInIssuers) {}

    /** What closing the organisation ended: the number of sharing decisions, and the organisation now. */
    record ClosedV1(int sharingDecisionsEnded, OrganisationV1 organisation) {}

    /** A sharing decision closing the organisation would end: why, under what law, when; never which child. */
    record OpenSharingV1(String purpose, String lawfulBasis, LocalDate startsOn, LocalDate endsOn, String recordedBy,
                         boolean current) {}

    /** A partner user; never their password or its hash. */
    record UserV1(String username, String displayName, String email, String role, boolean enabled,
                  boolean hasPassword, Instant createdAt, String changedBy, Instant changedAt, long version) {}

    @GetMapping("/types")
    @Operation(summary = "The types of partner organisation (the code list)")
    List<TypeV1> types() {
        return admin.types(currentActor.get()).values().stream().map(t -> new TypeV1(t.code(), t.label(), t.health())).toList();
    }

    @GetMapping
    @Operation(summary = "The partner organisations", description = "Open ones first, by name; ?type=SCHOOL for one "
            + "type. Each with its users and the number of children shared with it now.")
    List<OrganisationV1> list(@RequestParam(required = false) String type) {
        return admin.list(currentActor.get(), type).stream().map(this::v1).toList();
    }

    @PostMapping
    @Operation(summary = "Register a partner organisation",
            description = "201 with its address and version (ETag). Refused (422, each problem pointing at its field) "
                    + "for an unknown type, an identifier its type does not have or in the wrong form, a name or "
                    + "identifier another organisation has.")
    ResponseEntity<OrganisationV1> register(@RequestBody(required = false) OrganisationRequest request) {
        if (request == null) {
            throw HearthProblem.badRequest("Send the organisation as JSON");
        }
        Organisation o = admin.register(currentActor.get(), new RegisterOrganisation(details(request)));
        return ResponseEntity.created(URI.create("/api/admin/organisations/" + o.id()))
                .eTag(CommandApi.etag(o.version())).body(v1(o));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A partner organisation", description = "Its version is the ETag.")
    ResponseEntity<OrganisationV1> get(@PathVariable String id) {
        Organisation o = admin.get(currentActor.get(), id);
        return ResponseEntity.ok().eTag(CommandApi.etag(o.version())).body(v1(o));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a partner organisation's details",
            description = "Send every field (as registered) and the version read as If-Match. A closed organisation is "
                    + "not changed; its type does not change once it has users.")
    ResponseEntity<OrganisationV1> update(@PathVariable String id,
                                          @RequestBody(required = false) OrganisationRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        int version = required(ifMatch);
        if (request == null) {
            throw HearthProblem.badRequest("Send the organisation as JSON");
        }
        Organisation o = admin.update(currentActor.get(), id, new UpdateOrganisation(details(request), version));
        return ResponseEntity.ok().eTag(CommandApi.etag(o.version())).body(v1(o));
    }

    @GetMapping("/{id}/sharing")
    @Operation(summary = "The sharing decisions closing the organisation would end",
            description = "Purpose, lawful basis, dates and who decided; never which child.")
    List<OpenSharingV1> sharing(@PathVariable String id) {
        return admin.closing(currentActor.get(), id).decisions().stream().map(OrganisationsApi::v1).toList();
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a partner organisation",
            description = "Its users can no longer sign in (their sessions end) and each of its sharing decisions not yet "
                    + "ended ends today, on the children's records. Send the version read as If-Match.")
    ResponseEntity<ClosedV1> close(@PathVariable String id, @RequestBody(required = false) CloseRequest request,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        int version = required(ifMatch);
        if (request == null) {
            throw HearthProblem.badRequest("Send why the organisation is closing as JSON: {\"reason\": \"…\"}");
        }
        Actor actor = currentActor.get();
        int ended = admin.close(actor, id, new CloseOrganisation(request.reason(), version));
        Organisation o = admin.get(actor, id);
        return ResponseEntity.ok().eTag(CommandApi.etag(o.version())).body(new ClosedV1(ended, v1(o)));
    }

    @GetMapping("/{id}/users")
    @Operation(summary = "The organisation's users", description = "Never a password or its hash.")
    List<UserV1> users(@PathVariable String id) {
        return admin.users(currentActor.get(), id).stream().map(OrganisationsApi::v1).toList();
    }

    @PostMapping("/{id}/users")
    @Operation(summary = "Add a user to the organisation",
            description = "201 with the user's version as the ETag. The role must be one the organisation's type allows; "
                    + "an initial password, or oidcOnly when an identity provider can sign them in.")
    ResponseEntity<UserV1> addUser(@PathVariable String id, @RequestBody(required = false) UserRequest request) {
        if (request == null) {
            throw HearthProblem.badRequest("Send the user as JSON");
        }
        PartnerUser u = admin.addUser(currentActor.get(), id, new AddPartnerUser(request.username(),
                request.displayName(), request.email(), request.role(), request.password(),
                Boolean.TRUE.equals(request.oidcOnly())));
        return ResponseEntity.created(URI.create("/api/admin/organisations/" + id + "/users/" + u.username()))
                .eTag(CommandApi.etag(u.version())).body(v1(u));
    }

    @PostMapping("/{id}/users/{username}/disable")
    @Operation(summary = "Disable a user", description = "They cannot sign in; their sessions end at once. If-Match.")
    ResponseEntity<UserV1> disable(@PathVariable String id, @PathVariable String username,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PartnerUser u = admin.disable(currentActor.get(), id, username, new DisablePartnerUser(required(ifMatch)));
        return ResponseEntity.ok().eTag(CommandApi.etag(u.version())).body(v1(u));
    }

    @PostMapping("/{id}/users/{username}/enable")
    @Operation(summary = "Let a disabled user sign in again", description = "Not while the organisation is closed. If-Match.")
    ResponseEntity<UserV1> enable(@PathVariable String id, @PathVariable String username,
                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PartnerUser u = admin.enable(currentActor.get(), id, username, new EnablePartnerUser(required(ifMatch)));
        return ResponseEntity.ok().eTag(CommandApi.etag(u.version())).body(v1(u));
    }

    @PostMapping("/{id}/users/{username}/password")
    @Operation(summary = "Give a user a new password", description = "Their sessions end. If-Match.")
    ResponseEntity<UserV1> password(@PathVariable String id, @PathVariable String username,
                                    @RequestBody(required = false) PasswordRequest request,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        int version = required(ifMatch);
        if (request == null) {
            throw HearthProblem.badRequest("Send the new password as JSON: {\"password\": \"…\"}");
        }
        PartnerUser u = admin.resetPassword(currentActor.get(), id, username,
                new ResetPartnerPassword(request.password(), version));
        return ResponseEntity.ok().eTag(CommandApi.etag(u.version())).body(v1(u));
    }

    private static OrganisationDetails details(OrganisationRequest r) {
        return new OrganisationDetails(r.name(), r.type(), r.urn(), r.odsCode(), r.policeForceCode(), r.address(),
                r.email(), r.phone());
    }

    private static int required(String ifMatch) {
        Long version = CommandApi.version(ifMatch);
        if (version == null) {
            throw new HearthProblem(HttpStatus.PRECONDITION_REQUIRED, "Say which version you are changing",
                    "Changing an organisation or its user needs the version you read (send it as If-Match)");
        }
        return version > Integer.MAX_VALUE || version < 0 ? -1 : version.intValue();
    }

    private OrganisationV1 v1(Organisation o) {
        return new OrganisationV1(o.id(), o.name(), o.type(), o.typeLabel(), o.urn(), o.odsCode(), o.policeForceCode(),
                o.address(), o.email(), o.phone(), o.status(), o.closedOn(), o.closedReason(), o.users(),
                o.enabledUsers(), o.childrenShared(), o.version(), admin.issuers(o.id()).stream()
                .map(i -> new IssuerV1(i.issuerUri(), i.clientId())).toList());
    }

    private static OpenSharingV1 v1(Sharing.OpenDecision d) {
        return new OpenSharingV1(d.purpose(), d.basis(), d.startsOn(), d.endsOn(), d.recordedBy(), d.current());
    }

    private static UserV1 v1(PartnerUser u) {
        return new UserV1(u.username(), u.displayName(), u.email(), u.role(), u.enabled(), u.hasPassword(),
                u.createdAt(), u.changedBy(), u.changedAt(), u.version());
    }
}
