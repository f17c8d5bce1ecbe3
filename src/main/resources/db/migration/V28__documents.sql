-- Documents with the child's record (issue 13 §5): reports, letters, photographs, signed plans.
-- The metadata is a record of the journey (written only through JourneyService.execute); the bytes live in
-- document_content (PostgreSQL, the default: transactional and in every base backup) or in an S3-compatible store
-- under a key no one can guess; document_text holds the text Tika extracted, for full-text search.
CREATE TABLE documents (
    docu_document_id     uuid PRIMARY KEY,
    docu_person_id       uuid NOT NULL REFERENCES ssd_person,
    docu_document_kind   text NOT NULL,       -- codes/DOCUMENT_KIND.tsv
    docu_document_title  text NOT NULL,
    docu_document_date   date NOT NULL,       -- the day the document is dated (a report's date), not the upload
    docu_confidential    boolean NOT NULL DEFAULT false,
    docu_step_kind       text,                -- the kind of step it belongs to (e.g. cp-plans), when it belongs to one
    docu_step_id         uuid,
    docu_file_name       text NOT NULL,       -- a safe name made by Hearth, never the client's as sent
    docu_media_type      text NOT NULL,       -- as Tika detected it from the content
    docu_size_bytes      integer NOT NULL CHECK (docu_size_bytes > 0),
    docu_sha256          text NOT NULL,
    docu_storage         text NOT NULL CHECK (docu_storage IN ('postgres', 's3')),
    docu_storage_key     text NOT NULL UNIQUE,
    docu_uploaded_by     text NOT NULL,
    docu_uploaded_at     text NOT NULL        -- ISO-8601 instant
);
CREATE INDEX documents_person ON documents (docu_person_id);

CREATE TABLE document_content (
    storage_key  text PRIMARY KEY REFERENCES documents (docu_storage_key),
    content      bytea NOT NULL
);

CREATE TABLE document_text (
    document_id  uuid PRIMARY KEY REFERENCES documents,
    person_id    uuid NOT NULL REFERENCES ssd_person,
    extracted    text NOT NULL,
    truncated    boolean NOT NULL,
    search       tsvector NOT NULL
);
CREATE INDEX document_text_search ON document_text USING gin (search);
CREATE INDEX document_text_person ON document_text (person_id);
