-- Sessions for the web app live in PostgreSQL (Spring Session JDBC), not in one JVM's memory, so several Hearth
-- instances behind a load balancer serve one council. Table shape as Spring Session JDBC expects it.
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval int      NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name)
);

-- Drafts of long forms, saved as the user types, so a timeout or a closed tab never loses an assessment.
CREATE TABLE form_draft (
    username    text        NOT NULL REFERENCES hearth_user (username),
    person_id   uuid        NOT NULL REFERENCES ssd_person,
    form        text        NOT NULL,
    fields      jsonb       NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, person_id, form)
);
