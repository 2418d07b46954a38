-- 廉政谈话: a talk (任前, 提醒, 诫勉, 集体) or a 函询 (a written inquiry), the people it concerns with their
-- confirmations and own statements. Confidential: reason, record, statements, reply and assessment live
-- here only (never in process variables or engine history) and are read through /api/integrity-talks.
-- The long texts are TEXT: as VARCHAR their declared utf8mb4 sizes would pass MySQL's 65,535-byte row limit.

CREATE TABLE integrity_talk (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    business_key        VARCHAR(64),
    -- kind and the people, while the talk is open: the same talk is not planned twice at once; null once
    -- it has ended, so the same people may be talked to again later
    fingerprint         VARCHAR(64),
    talk_year           INT           NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    -- the unit of the (first) person talked to: figures and the 台账 count by it
    unit_id             VARCHAR(64)   NOT NULL,
    planner_id          VARCHAR(64)   NOT NULL,
    approver_id         VARCHAR(64)   NOT NULL,
    talker_id           VARCHAR(64)   NOT NULL,
    recorder_id         VARCHAR(64),
    status              VARCHAR(24)   NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    decision_comment    VARCHAR(2000),
    reply_days          INT,
    reply_due           DATETIME(3),
    talk_date           DATE,
    place               VARCHAR(200),
    record_text         TEXT,
    reply_text          TEXT,
    reply_late          BOOLEAN       NOT NULL DEFAULT FALSE,
    replied_at          DATETIME(3),
    assessment          VARCHAR(16),
    assessment_text     TEXT,
    -- the talk a 函询 led to, and the 函询 a talk came from
    source_talk_id      BIGINT,
    follow_up_due       DATETIME(3),
    follow_up_result    VARCHAR(16),
    follow_up_text      TEXT,
    archive_no          VARCHAR(64),
    filed_by            VARCHAR(64),
    held_at             DATETIME(3),
    filed_at            DATETIME(3),
    closed_at           DATETIME(3),
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_integrity_talk PRIMARY KEY (id),
    CONSTRAINT uk_integrity_talk_key UNIQUE (business_key),
    CONSTRAINT uk_integrity_talk_fingerprint UNIQUE (fingerprint),
    CONSTRAINT fk_integrity_talk_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_integrity_talk_planner FOREIGN KEY (planner_id) REFERENCES org_person (id),
    CONSTRAINT fk_integrity_talk_source FOREIGN KEY (source_talk_id) REFERENCES integrity_talk (id)
) ${table_options};

CREATE INDEX idx_integrity_talk_year_unit ON integrity_talk (talk_year, unit_id);

CREATE TABLE integrity_talk_person (
    talk_id             BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    seq                 INT           NOT NULL,
    unit_id             VARCHAR(64)   NOT NULL,
    confirmed_at        DATETIME(3),
    statement           VARCHAR(4000),
    CONSTRAINT pk_integrity_talk_person PRIMARY KEY (talk_id, person_id),
    CONSTRAINT fk_integrity_talk_person FOREIGN KEY (talk_id) REFERENCES integrity_talk (id),
    CONSTRAINT fk_integrity_talk_person_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_integrity_talk_person ON integrity_talk_person (person_id);
