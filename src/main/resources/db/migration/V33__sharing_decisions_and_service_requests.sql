-- Sharing a child's record with a partner organisation (issue 10 §2) and the services agencies ask of each other (§4).
--
-- A sharing decision says, for one child and one organisation, why the council shares (purpose), under what law
-- (lawful basis, from the LAWFUL_BASIS code list), whether consent was sought and the answer (and its withdrawal),
-- which parts of the record it covers and until when. It materialises as a role_assignment held by the organisation
-- (holder_kind ORGANISATION, role SHARING, scope CHILD, parts, valid_to = the end), which the access policy reads like
-- any assignment; the decision row keeps what the audit and the pages say about it. Rows are never deleted: ending
-- a decision sets ended_on (and ends its assignment), withdrawing consent sets consent_withdrawn_on.
CREATE TABLE sharing_decision (
    sharing_id            uuid PRIMARY KEY,
    person_id             uuid NOT NULL REFERENCES ssd_person,
    organisation_id       text NOT NULL REFERENCES organisation (organisation_id),
    purpose               text NOT NULL,             -- SHARING_PURPOSE code
    lawful_basis          text NOT NULL,             -- LAWFUL_BASIS code
    consent_sought        boolean NOT NULL,
    consent_given         boolean,                   -- the answer, when sought
    consent_withdrawn_on  date,
    parts                 text[] NOT NULL,
    starts_on             date NOT NULL,
    ends_on               date NOT NULL,             -- the episode's end unless renewed (exclusive of the day after)
    episode_kind          text,                      -- the record kind whose episode it follows ("s47-enquiries"…)
    episode_id            uuid,
    ended_on              date,                      -- ended early (EndSharing, the episode closed, a request done)
    ended_reason          text,
    assignment_id         uuid NOT NULL,
    recorded_by           text NOT NULL,
    recorded_at           timestamptz NOT NULL DEFAULT now(),
    version               int NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on),
    CHECK (consent_sought OR consent_given IS NULL)
);
CREATE INDEX sharing_decision_person ON sharing_decision (person_id, organisation_id);
CREATE INDEX sharing_decision_organisation ON sharing_decision (organisation_id) WHERE ended_on IS NULL;
CREATE INDEX role_assignment_organisation ON role_assignment (holder_id, scope_id) WHERE holder_kind = 'ORGANISATION';

-- A service one agency asks of another for a child: requested -> accepted / declined (with a reason) -> done.
-- Accepting shares the child's record with the organisation asked (a sharing decision), done or declined ends it.
CREATE TABLE service_request (
    request_id        uuid PRIMARY KEY,
    person_id         uuid NOT NULL REFERENCES ssd_person,
    from_organisation text REFERENCES organisation (organisation_id),   -- NULL: the council
    to_organisation   text REFERENCES organisation (organisation_id),   -- NULL: the council (e.g. family help)
    service           text NOT NULL,
    reason            text NOT NULL,
    needed_by         date,
    state             text NOT NULL CHECK (state IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'DONE')),
    decline_reason    text,
    sharing_id        uuid REFERENCES sharing_decision (sharing_id),
    requested_by      text NOT NULL,
    requested_at      timestamptz NOT NULL DEFAULT now(),
    answered_by       text,
    answered_at       timestamptz,
    version           int NOT NULL DEFAULT 0,
    CHECK (from_organisation IS DISTINCT FROM to_organisation),
    CHECK ((state = 'DECLINED') = (decline_reason IS NOT NULL))
);
CREATE INDEX service_request_to ON service_request (to_organisation, state);
CREATE INDEX service_request_person ON service_request (person_id);

-- Which issuer's tokens name which organisation's users is configuration (hearth.oidc.issuers); a partner user
-- signing in through their organisation's issuer must belong to that organisation.
-- "Who looked": the audit read by child, newest first.
CREATE INDEX IF NOT EXISTS audit_entry_person_seq ON audit_entry (person_id, seq DESC);
