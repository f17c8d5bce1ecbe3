-- The family (issue 13 §2): parents and other adults as people on the child's record, with their own demographics,
-- address, parental responsibility (whether and how held) and their own childhood contact with children's social
-- care, which the NCB asks for. One row per adult per child: the same adult may be named on each sibling's record,
-- tied together by fadu_adult_person_id (the adult as a person on Hearth) when known.
CREATE TABLE family_adult (
    fadu_table_id                 uuid PRIMARY KEY,
    fadu_person_id                uuid NOT NULL REFERENCES ssd_person,   -- the child
    fadu_adult_person_id          uuid REFERENCES ssd_person,            -- the adult as a person on Hearth, if any
    fadu_relationship             text NOT NULL,                         -- codes/FAMILY_ADULT.tsv
    fadu_forename                 text,
    fadu_surname                  text,
    fadu_dob                      date,
    fadu_sex                      text,
    fadu_ethnicity                text,
    fadu_first_language           text,
    fadu_address_line             text,
    fadu_address_postcode         text,
    fadu_lives_with_child         boolean,
    fadu_parental_responsibility  boolean,
    fadu_pr_basis                 text,                                  -- codes/PR_BASIS.tsv
    fadu_care_history             text,                                  -- codes/PARENT_CARE_HISTORY.tsv
    fadu_own_child_record_id      uuid REFERENCES ssd_person,            -- their own record as a child, if on Hearth
    fadu_couple_status            text,                                  -- codes/COUPLE.tsv: with the child's other parent
    fadu_death_date               date,
    fadu_start_date               date,
    fadu_end_date                 date
);
CREATE INDEX family_adult_person ON family_adult (fadu_person_id);
CREATE INDEX family_adult_adult ON family_adult (fadu_adult_person_id);
-- Relationships are shown on both records (a sibling recorded on one child is the other's sibling too).
-- (person_relationship_related, on rela_related_person_id, exists already: the reverse look-up uses it.)
