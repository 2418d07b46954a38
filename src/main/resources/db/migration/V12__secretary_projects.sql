-- 书记领办党建项目: a secretary's project for the year (领题), its milestones and team, the office's and the
-- 党组's decisions, progress reports with their evidence, the panel's scores (结题评审) and the reminders sent.

CREATE TABLE secretary_project (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    business_key        VARCHAR(64),
    -- unit, year and title: the same project is not proposed twice
    fingerprint         VARCHAR(64)   NOT NULL,
    project_year        INT           NOT NULL,
    unit_id             VARCHAR(64)   NOT NULL,
    proposer_id         VARCHAR(64)   NOT NULL,
    approver_id         VARCHAR(64)   NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    problem             VARCHAR(2000) NOT NULL,
    business_work       VARCHAR(500)  NOT NULL,
    goals               VARCHAR(2000) NOT NULL,
    measures            VARCHAR(4000) NOT NULL,
    expected_results    VARCHAR(2000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    progress_percent    INT           NOT NULL DEFAULT 0,
    self_assessment     VARCHAR(4000),
    mean_score          DECIMAL(5,2),
    grade               VARCHAR(16),
    demonstration       BOOLEAN       NOT NULL DEFAULT FALSE,
    approved_at         DATETIME(3),
    concluded_at        DATETIME(3),
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_secretary_project PRIMARY KEY (id),
    CONSTRAINT uk_secretary_project_key UNIQUE (business_key),
    CONSTRAINT uk_secretary_project_fingerprint UNIQUE (fingerprint),
    CONSTRAINT fk_secretary_project_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_secretary_project_proposer FOREIGN KEY (proposer_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_secretary_project_year_unit ON secretary_project (project_year, unit_id);

CREATE TABLE secretary_project_milestone (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    due_date            DATE          NOT NULL,
    done_at             DATETIME(3),
    CONSTRAINT pk_secretary_project_milestone PRIMARY KEY (id),
    CONSTRAINT uk_secretary_project_milestone UNIQUE (project_id, seq),
    CONSTRAINT fk_secretary_project_milestone FOREIGN KEY (project_id) REFERENCES secretary_project (id)
) ${table_options};

CREATE TABLE secretary_project_member (
    project_id          BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_secretary_project_member PRIMARY KEY (project_id, person_id),
    CONSTRAINT fk_secretary_project_member FOREIGN KEY (project_id) REFERENCES secretary_project (id),
    CONSTRAINT fk_secretary_project_member_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE TABLE secretary_project_decision (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    decided_by          VARCHAR(64)   NOT NULL,
    outcome             VARCHAR(24)   NOT NULL,
    comment_text        VARCHAR(4000),
    decided_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_secretary_project_decision PRIMARY KEY (id),
    CONSTRAINT fk_secretary_project_decision FOREIGN KEY (project_id) REFERENCES secretary_project (id)
) ${table_options};

CREATE INDEX idx_secretary_project_decision ON secretary_project_decision (project_id);

CREATE TABLE secretary_project_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    milestone_id        BIGINT,
    -- the quarter of China time it was made in, e.g. 2026Q2: a quarter without one is a missed report
    quarter             VARCHAR(7)    NOT NULL,
    progress_percent    INT           NOT NULL,
    report_text         VARCHAR(4000) NOT NULL,
    reported_by         VARCHAR(64)   NOT NULL,
    reported_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_secretary_project_report PRIMARY KEY (id),
    CONSTRAINT fk_secretary_project_report FOREIGN KEY (project_id) REFERENCES secretary_project (id),
    CONSTRAINT fk_secretary_project_report_milestone FOREIGN KEY (milestone_id) REFERENCES secretary_project_milestone (id)
) ${table_options};

CREATE INDEX idx_secretary_project_report ON secretary_project_report (project_id, quarter);

-- Evidence is uploaded while the report is being written (report_id NULL) and joins the report it is sent with.
CREATE TABLE secretary_project_evidence (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    report_id           BIGINT,
    file_name           VARCHAR(200)  NOT NULL,
    content_type        VARCHAR(100)  NOT NULL,
    file_size           BIGINT        NOT NULL,
    file_data           MEDIUMBLOB    NOT NULL,
    uploaded_by         VARCHAR(64)   NOT NULL,
    uploaded_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_secretary_project_evidence PRIMARY KEY (id),
    CONSTRAINT fk_secretary_project_evidence FOREIGN KEY (project_id) REFERENCES secretary_project (id),
    CONSTRAINT fk_secretary_project_evidence_report FOREIGN KEY (report_id) REFERENCES secretary_project_report (id)
) ${table_options};

CREATE INDEX idx_secretary_project_evidence ON secretary_project_evidence (project_id, report_id);

-- The panel the office names; each judge's scores once they have scored.
CREATE TABLE secretary_project_judge (
    project_id          BIGINT        NOT NULL,
    judge_id            VARCHAR(64)   NOT NULL,
    named_by            VARCHAR(64)   NOT NULL,
    named_at            DATETIME(3)   NOT NULL,
    score_topic         INT,
    score_measures      INT,
    score_results       INT,
    score_demonstration INT,
    total               INT,
    comment_text        VARCHAR(2000),
    scored_at           DATETIME(3),
    CONSTRAINT pk_secretary_project_judge PRIMARY KEY (project_id, judge_id),
    CONSTRAINT fk_secretary_project_judge FOREIGN KEY (project_id) REFERENCES secretary_project (id),
    CONSTRAINT fk_secretary_project_judge_person FOREIGN KEY (judge_id) REFERENCES org_person (id)
) ${table_options};

-- Reminders and escalations of missed reports, each once per milestone (m:<id>) or quarter (q:2026Q2).
CREATE TABLE secretary_project_notice (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    subject             VARCHAR(32)   NOT NULL,
    recipient_id        VARCHAR(64)   NOT NULL,
    sent_at             DATETIME(3)   NOT NULL,
    CONSTRAINT pk_secretary_project_notice PRIMARY KEY (id),
    CONSTRAINT uk_secretary_project_notice UNIQUE (project_id, kind, subject),
    CONSTRAINT fk_secretary_project_notice FOREIGN KEY (project_id) REFERENCES secretary_project (id)
) ${table_options};
