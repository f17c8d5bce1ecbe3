-- Find a child tolerates misspelt names. Both extensions ship with PostgreSQL (contrib) and are trusted, so the
-- database owner may create them. Hearth ranks matches in Java (people/NameMatcher); PostgreSQL only narrows the
-- candidates, by conditions that each have an index so a search stays quick on a large authority: the name or a
-- familiar form of it (btree on lower()), its start and trigram similarity (pg_trgm GIN), and how it sounds
-- (double metaphone, fuzzystrmatch).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE INDEX ssd_person_forename ON ssd_person (lower(pers_forename));
CREATE INDEX ssd_person_known_as ON ssd_person (lower(pers_known_as));
CREATE INDEX ssd_person_forename_trgm ON ssd_person USING gin (lower(pers_forename) gin_trgm_ops);
CREATE INDEX ssd_person_surname_trgm ON ssd_person USING gin (lower(pers_surname) gin_trgm_ops);
CREATE INDEX ssd_person_known_as_trgm ON ssd_person USING gin (lower(pers_known_as) gin_trgm_ops);
CREATE INDEX ssd_person_forename_sound ON ssd_person (dmetaphone(lower(pers_forename)));
CREATE INDEX ssd_person_surname_sound ON ssd_person (dmetaphone(lower(pers_surname)));
CREATE INDEX ssd_person_known_as_sound ON ssd_person (dmetaphone(lower(pers_known_as)));
CREATE INDEX ssd_person_legacy_upper ON ssd_person (upper(pers_legacy_id));
CREATE INDEX ssd_person_expected_dob ON ssd_person (pers_expected_dob);
