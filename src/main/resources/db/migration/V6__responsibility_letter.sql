-- 责任书层层签订: the year's letter and its versions, one signature per person (who signed with whom,
-- at which level, which version, their personal duties and opinion), and what happened on the way:
-- decisions, returns with reasons, revisions.

CREATE TABLE letter (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    letter_year   INT           NOT NULL,
    business_key  VARCHAR(64)   NOT NULL,
    status        VARCHAR(24)   NOT NULL,
    version_no    INT           NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    approved_by   VARCHAR(64),
    approved_at   DATETIME(3),
    CONSTRAINT pk_letter PRIMARY KEY (id),
    CONSTRAINT uk_letter_year UNIQUE (letter_year),
    CONSTRAINT uk_letter_key UNIQUE (business_key)
) ${table_options};

CREATE TABLE letter_version (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    letter_id          BIGINT        NOT NULL,
    version_no         INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    aspects            TEXT          NOT NULL,
    leadership_duties  TEXT          NOT NULL,
    head_duties        TEXT          NOT NULL,
    cadre_duties       TEXT          NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_letter_version PRIMARY KEY (id),
    CONSTRAINT uk_letter_version UNIQUE (letter_id, version_no),
    CONSTRAINT fk_letter_version_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ${table_options};

CREATE TABLE letter_signature (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    letter_id            BIGINT        NOT NULL,
    person_id            VARCHAR(64)   NOT NULL,
    counterpart_id       VARCHAR(64)   NOT NULL,
    level_no             INT           NOT NULL,
    unit_id              VARCHAR(64)   NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    version_signed       INT,
    personal_duties      TEXT,
    opinion              TEXT,
    signed_at            DATETIME(3),
    process_instance_id  VARCHAR(64),
    updated_at           DATETIME(3)   NOT NULL,
    CONSTRAINT pk_letter_signature PRIMARY KEY (id),
    CONSTRAINT uk_letter_signature UNIQUE (letter_id, person_id),
    CONSTRAINT fk_letter_signature_letter FOREIGN KEY (letter_id) REFERENCES letter (id),
    CONSTRAINT fk_letter_signature_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_letter_signature_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_letter_signature_status ON letter_signature (letter_id, status);

CREATE TABLE letter_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    letter_id     BIGINT       NOT NULL,
    signature_id  BIGINT,
    kind          VARCHAR(24)  NOT NULL,
    actor_id      VARCHAR(64),
    note          TEXT,
    happened_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_letter_event PRIMARY KEY (id),
    CONSTRAINT fk_letter_event_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ${table_options};

CREATE INDEX idx_letter_event ON letter_event (letter_id, kind);
