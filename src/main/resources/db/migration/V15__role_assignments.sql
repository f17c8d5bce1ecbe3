-- Access becomes role assignments. One row says: who (a user today; an organisation or the child themself later),
-- in which role, over what scope (one child, a family, a team, an organisation, the whole council), of which grant
-- type (STANDARD, SPECIFIC, BREAK_GLASS, or EXCLUDED — a conflict-of-interest wall that beats every other grant),
-- for which parts of the record (NULL: every part the role allows), from when to when, why, and who granted it.
-- The pure AccessPolicy turns a user's assignments and a child's facts into a view of that child's record.
CREATE TABLE role_assignment (
    assignment_id uuid PRIMARY KEY,
    holder_kind   text NOT NULL DEFAULT 'USER' CHECK (holder_kind IN ('USER', 'ORGANISATION', 'CHILD')),
    holder_id     text NOT NULL,                 -- a username, an organisation code, or the child's person id
    role          text NOT NULL,                 -- SW, EHW, PA, IRO (allocations), TEAM_MANAGER, GRANTEE, BREAK_GLASS…
    scope_kind    text NOT NULL CHECK (scope_kind IN ('CHILD', 'FAMILY', 'TEAM', 'ORGANISATION', 'COUNCIL')),
    scope_id      text,                          -- person id, family id, team id or organisation; NULL for COUNCIL
    grant_type    text NOT NULL CHECK (grant_type IN ('STANDARD', 'SPECIFIC', 'BREAK_GLASS', 'EXCLUDED')),
    parts         text[],                        -- the record parts granted; NULL for all the role allows
    valid_from    timestamptz NOT NULL,
    valid_to      timestamptz,                   -- exclusive; NULL while open
    reason        text,
    granted_by    text,
    granted_at    timestamptz NOT NULL DEFAULT now(),
    reviewed_by   text,                          -- break-glass: the manager who reviewed the use
    reviewed_at   timestamptz,
    source        text,                          -- 'ssd_involvements' / 'hearth_user' when mirrored from there
    source_id     text,
    CHECK ((scope_kind = 'COUNCIL') = (scope_id IS NULL))
);
CREATE UNIQUE INDEX role_assignment_involvement ON role_assignment (source_id) WHERE source = 'ssd_involvements';
CREATE INDEX role_assignment_holder ON role_assignment (holder_id, scope_kind, scope_id);
CREATE INDEX role_assignment_scope ON role_assignment (scope_kind, scope_id);
CREATE INDEX role_assignment_break_glass ON role_assignment (granted_at)
    WHERE grant_type = 'BREAK_GLASS' AND reviewed_at IS NULL;

-- Allocations stay in ssd_involvements (the SSD record of who was involved and when); their assignments follow them.
-- A trigger rather than "the one place that writes allocations": allocations are written by the journey service,
-- the 903 import, the bulk loader, the demo generator and tests' fixtures, and a missed writer would silently give
-- or keep access. The trigger cannot be missed, and the assignment ends the day after the allocation's end date
-- (end dates are inclusive).
-- Statement-level, over the transition tables, so a bulk load of a demo council or a 903 import mirrors its
-- allocations in one set-based statement rather than one trigger call per row.
CREATE FUNCTION role_assignment_follow_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM role_assignment a USING old_rows o
            WHERE a.source = 'ssd_involvements' AND a.source_id = o.invo_involvements_id::text;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- An allocation's id never changes in Hearth; should one, its old assignment must not outlive it.
        DELETE FROM role_assignment a USING old_rows o
            WHERE a.source = 'ssd_involvements' AND a.source_id = o.invo_involvements_id::text
            AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.invo_involvements_id = o.invo_involvements_id);
    END IF;
    INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, valid_from,
                                 valid_to, reason, granted_by, source, source_id)
    SELECT gen_random_uuid(), n.invo_professional_id, n.invo_professional_role_id, 'CHILD', n.invo_person_id::text,
           'STANDARD', n.invo_involvement_start_date::timestamptz, (n.invo_involvement_end_date + 1)::timestamptz,
           'Allocated', NULL, 'ssd_involvements', n.invo_involvements_id::text
    FROM new_rows n
    ON CONFLICT (source_id) WHERE source = 'ssd_involvements' DO UPDATE
        SET holder_id = excluded.holder_id, role = excluded.role, scope_id = excluded.scope_id,
            valid_from = excluded.valid_from, valid_to = excluded.valid_to;
    RETURN NULL;
END $$;
CREATE TRIGGER role_assignment_involvement_insert AFTER INSERT ON ssd_involvements
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION role_assignment_follow_involvement();
CREATE TRIGGER role_assignment_involvement_update AFTER UPDATE ON ssd_involvements
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION role_assignment_follow_involvement();
CREATE TRIGGER role_assignment_involvement_delete AFTER DELETE ON ssd_involvements
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION role_assignment_follow_involvement();

-- A team manager manages the children their team's workers hold: one TEAM-scoped assignment per manager, following
-- the account's role and team (a move of team ends the old assignment and opens a new one).
CREATE FUNCTION role_assignment_follow_manager() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.role IS NOT DISTINCT FROM NEW.role AND OLD.team_id IS NOT DISTINCT FROM NEW.team_id
            AND OLD.enabled = NEW.enabled THEN
        RETURN NEW;
    END IF;
    UPDATE role_assignment SET valid_to = now()
        WHERE source = 'hearth_user' AND source_id = NEW.username AND valid_to IS NULL;
    IF NEW.role = 'TEAM_MANAGER' AND NEW.team_id IS NOT NULL AND NEW.enabled THEN
        INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, valid_from,
                                     reason, source, source_id)
        VALUES (gen_random_uuid(), NEW.username, 'TEAM_MANAGER', 'TEAM', NEW.team_id, 'STANDARD',
                CASE TG_OP WHEN 'INSERT' THEN NEW.created_at ELSE now() END, 'Manages the team', 'hearth_user',
                NEW.username);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER role_assignment_manager AFTER INSERT OR UPDATE ON hearth_user
    FOR EACH ROW EXECUTE FUNCTION role_assignment_follow_manager();

-- Back-fill: every allocation, every team manager, and every grant and break-glass use (which from now on are
-- written as assignments directly; access_grant is kept, unwritten, as history).
INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, valid_from, valid_to,
                             reason, source, source_id)
SELECT gen_random_uuid(), invo_professional_id, invo_professional_role_id, 'CHILD', invo_person_id::text, 'STANDARD',
       invo_involvement_start_date::timestamptz, (invo_involvement_end_date + 1)::timestamptz, 'Allocated',
       'ssd_involvements', invo_involvements_id::text
FROM ssd_involvements;

INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, valid_from, reason,
                             source, source_id)
SELECT gen_random_uuid(), username, 'TEAM_MANAGER', 'TEAM', team_id, 'STANDARD', created_at,
       'Manages the team', 'hearth_user', username
FROM hearth_user WHERE role = 'TEAM_MANAGER' AND team_id IS NOT NULL AND enabled;

INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, valid_from, valid_to,
                             reason, granted_by, granted_at, reviewed_by, reviewed_at)
SELECT grant_id, username, CASE kind WHEN 'GRANT' THEN 'GRANTEE' ELSE 'BREAK_GLASS' END, 'CHILD', person_id::text,
       CASE kind WHEN 'GRANT' THEN 'SPECIFIC' ELSE 'BREAK_GLASS' END, granted_at, expires_at, reason, granted_by,
       granted_at, reviewed_by, reviewed_at
FROM access_grant;

-- A real redaction: an address or a person who matters flagged "do not disclose" (a refuge, a carer's home) is
-- shown only to the child's allocated worker and their team manager.
ALTER TABLE ssd_address ADD COLUMN addr_do_not_disclose boolean NOT NULL DEFAULT false;
ALTER TABLE people_who_matter ADD COLUMN pwma_do_not_disclose boolean NOT NULL DEFAULT false;

-- Each disclosure's audit entry says in which role, on which assignment, and which parts of the record were shown.
ALTER TABLE audit_entry ADD COLUMN actor_role text, ADD COLUMN assignment_id uuid, ADD COLUMN disclosed text;
