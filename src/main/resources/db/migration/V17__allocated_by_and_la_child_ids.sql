-- Who allocated the worker (a team manager's username; null for allocations imported or recorded before Hearth
-- kept it), so the record itself says who gave whom a working relationship with the child.
ALTER TABLE ssd_involvements ADD COLUMN invo_allocated_by text;

-- LA child ids for children created in Hearth (an imported child keeps the id its return gave): H and seven digits,
-- from a sequence so two workers adding children at once never get the same id.
CREATE SEQUENCE hearth_la_child_id START 1;

-- Who a relationship may name is checked through the children the related person is already linked to.
CREATE INDEX person_relationship_related ON person_relationship (rela_related_person_id);
