-- Find a child, issue 15: a common surname ("Smith": 4,449 children and 4,716 adults on the 100,000-child demo) made
-- the name search read and rank every match before its LIMIT (~2,600 heap blocks and three similarity() calls a row).
-- PersonSearch now takes the children whose names are exactly a typed word (or a familiar form of it) first, in the
-- order the results are shown in (the name as displayed, then the id), from these indexes: a bounded index range
-- scan, however common the name. Only when fewer than a page of children match exactly does it widen to the fuzzy
-- search of V7 (start of a name, trigrams, double metaphone). The kind leads each index rather than making it
-- partial, so that ANALYZE keeps statistics of the name keys (the planner ignores a partial index's for estimates).
--
-- hearth_name_key mirrors people/NameMatcher.normalise for Latin names: lower case, accents off, letters only
-- ("Zoë" -> "zoe", "O'Brien" -> "obrien", "Smith-Jones" -> "smithjones"). hearth_display_key is the name as a result
-- shows it (known-as name if any, else forename, then surname), lower case, compared byte by byte ("C"), which is the
-- order of Java's String.CASE_INSENSITIVE_ORDER for these names. Both are IMMUTABLE so that they can be indexed.
CREATE FUNCTION hearth_name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(translate(lower(name),
        'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž',
        'aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz'), '[^a-z]', '', 'g');

CREATE FUNCTION hearth_display_key(forename text, surname text, known_as text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(btrim(CASE WHEN btrim(coalesce(known_as, '')) <> '' THEN known_as ELSE coalesce(forename, '') END
        || ' ' || coalesce(surname, ''))) COLLATE "C";

CREATE INDEX ssd_person_child_surname_key ON ssd_person
    (pers_kind, hearth_name_key(pers_surname), hearth_display_key(pers_forename, pers_surname, pers_known_as), pers_person_id);
CREATE INDEX ssd_person_child_forename_key ON ssd_person
    (pers_kind, hearth_name_key(pers_forename), hearth_display_key(pers_forename, pers_surname, pers_known_as), pers_person_id);
CREATE INDEX ssd_person_child_known_as_key ON ssd_person
    (pers_kind, hearth_name_key(pers_known_as), hearth_display_key(pers_forename, pers_surname, pers_known_as), pers_person_id);
-- Two words typed: a first name (or known-as name) and a surname, looked up together.
CREATE INDEX ssd_person_child_full_name_key ON ssd_person
    (pers_kind, hearth_name_key(pers_forename), hearth_name_key(pers_surname));
CREATE INDEX ssd_person_child_known_as_surname_key ON ssd_person
    (pers_kind, hearth_name_key(pers_known_as), hearth_name_key(pers_surname));
-- Statistics of the new keys now, not at the next autovacuum's analyse: the planner's estimates depend on them.
ANALYZE ssd_person;
