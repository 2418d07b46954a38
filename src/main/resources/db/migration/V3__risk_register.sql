-- 廉政风险点台账: each risk point with its grades, measures (and their reports and evidence),
-- decisions (approvals, verifications, re-reviews) and notices (reminders, escalations).

CREATE TABLE risk_point (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    business_key        VARCHAR(64),
    fingerprint         VARCHAR(64)   NOT NULL,
    risk_year           INT           NOT NULL,
    unit_id             VARCHAR(64)   NOT NULL,
    post                VARCHAR(100)  NOT NULL,
    category            VARCHAR(32)   NOT NULL,
    description         TEXT          NOT NULL,
    manifestation       TEXT,
    likelihood          INT           NOT NULL,
    impact              INT           NOT NULL,
    engineering         BOOLEAN       NOT NULL DEFAULT FALSE,
    funds               BOOLEAN       NOT NULL DEFAULT FALSE,
    procurement         BOOLEAN       NOT NULL DEFAULT FALSE,
    major_matters       BOOLEAN       NOT NULL DEFAULT FALSE,
    grade               VARCHAR(8),
    status              VARCHAR(32)   NOT NULL,
    round_no            INT           NOT NULL DEFAULT 1,
    registered_by       VARCHAR(64)   NOT NULL,
    retired_reason      TEXT,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_risk_point PRIMARY KEY (id),
    CONSTRAINT uk_risk_point_key UNIQUE (business_key),
    CONSTRAINT uk_risk_point_fingerprint UNIQUE (fingerprint),
    CONSTRAINT fk_risk_point_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_risk_point_unit_year ON risk_point (unit_id, risk_year);
CREATE INDEX idx_risk_point_year_status ON risk_point (risk_year, status);

CREATE TABLE risk_grade (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    risk_point_id   BIGINT       NOT NULL,
    likelihood      INT          NOT NULL,
    impact          INT          NOT NULL,
    sensitive_matter BOOLEAN     NOT NULL,
    grade           VARCHAR(8)   NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    graded_at       DATETIME(3)  NOT NULL,
    CONSTRAINT pk_risk_grade PRIMARY KEY (id),
    CONSTRAINT fk_risk_grade_point FOREIGN KEY (risk_point_id) REFERENCES risk_point (id)
) ${table_options};

CREATE INDEX idx_risk_grade_point ON risk_grade (risk_point_id);

CREATE TABLE risk_measure (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    risk_point_id   BIGINT        NOT NULL,
    round_no        INT           NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    owner_id        VARCHAR(64)   NOT NULL,
    due_date        DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    report_text     VARCHAR(4000),
    reported_at     DATETIME(3),
    evidence_name   VARCHAR(200),
    evidence_type   VARCHAR(100),
    evidence_size   BIGINT,
    evidence_data   MEDIUMBLOB,
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT pk_risk_measure PRIMARY KEY (id),
    CONSTRAINT fk_risk_measure_point FOREIGN KEY (risk_point_id) REFERENCES risk_point (id),
    CONSTRAINT fk_risk_measure_owner FOREIGN KEY (owner_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_risk_measure_point ON risk_measure (risk_point_id, round_no);
CREATE INDEX idx_risk_measure_due ON risk_measure (status, due_date);

CREATE TABLE risk_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    risk_point_id   BIGINT        NOT NULL,
    round_no        INT           NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    decided_by      VARCHAR(64)   NOT NULL,
    outcome         VARCHAR(24)   NOT NULL,
    comment_text    VARCHAR(4000),
    decided_at      DATETIME(3)   NOT NULL,
    CONSTRAINT pk_risk_decision PRIMARY KEY (id),
    CONSTRAINT fk_risk_decision_point FOREIGN KEY (risk_point_id) REFERENCES risk_point (id)
) ${table_options};

CREATE INDEX idx_risk_decision_point ON risk_decision (risk_point_id);

CREATE TABLE risk_notice (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    risk_point_id   BIGINT        NOT NULL,
    measure_id      BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    recipient_id    VARCHAR(64)   NOT NULL,
    sent_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_risk_notice PRIMARY KEY (id),
    CONSTRAINT uk_risk_notice UNIQUE (measure_id, kind),
    CONSTRAINT fk_risk_notice_measure FOREIGN KEY (measure_id) REFERENCES risk_measure (id)
) ${table_options};
