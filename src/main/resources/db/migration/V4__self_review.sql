-- 查改剖自查: campaigns with their checklist, one review per member in scope, what each member
-- found (查), the measures (改) and their closure (销号), the analysis (剖), every decision of the
-- branch secretary and the spot-checking 纪检委员, and the reminders sent.

CREATE TABLE self_review_campaign (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    business_key         VARCHAR(100)  NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    campaign_year        INT           NOT NULL,
    scope_units          TEXT          NOT NULL,
    min_analysis_length  INT           NOT NULL,
    spot_check_rate      DECIMAL(4, 3) NOT NULL,
    check_due            DATE          NOT NULL,
    correct_due          DATE          NOT NULL,
    analyse_due          DATE          NOT NULL,
    review_due           DATE          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    launched_by          VARCHAR(64)   NOT NULL,
    launched_at          DATETIME(3)   NOT NULL,
    closed_by            VARCHAR(64),
    closed_at            DATETIME(3),
    close_note           TEXT,
    CONSTRAINT pk_self_review_campaign PRIMARY KEY (id),
    CONSTRAINT uk_self_review_campaign_key UNIQUE (business_key)
) ${table_options};

CREATE TABLE self_review_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id  BIGINT        NOT NULL,
    item_no      INT           NOT NULL,
    title        VARCHAR(100)  NOT NULL,
    guidance     TEXT,
    CONSTRAINT pk_self_review_item PRIMARY KEY (id),
    CONSTRAINT uk_self_review_item UNIQUE (campaign_id, item_no),
    CONSTRAINT fk_self_review_item_campaign FOREIGN KEY (campaign_id) REFERENCES self_review_campaign (id)
) ${table_options};

CREATE TABLE self_review (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id          BIGINT        NOT NULL,
    person_id            VARCHAR(64)   NOT NULL,
    unit_id              VARCHAR(64)   NOT NULL,
    reviewer_id          VARCHAR(64)   NOT NULL,
    inspector_id         VARCHAR(64),
    stage                VARCHAR(16)   NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    analysis             TEXT,
    return_count         INT           NOT NULL DEFAULT 0,
    process_instance_id  VARCHAR(64),
    submitted_at         DATETIME(3),
    approved_at          DATETIME(3),
    updated_at           DATETIME(3)   NOT NULL,
    CONSTRAINT pk_self_review PRIMARY KEY (id),
    CONSTRAINT uk_self_review_person UNIQUE (campaign_id, person_id),
    CONSTRAINT fk_self_review_campaign FOREIGN KEY (campaign_id) REFERENCES self_review_campaign (id),
    CONSTRAINT fk_self_review_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_self_review_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_self_review_campaign_unit ON self_review (campaign_id, unit_id);

CREATE TABLE self_review_finding (
    id           BIGINT   NOT NULL AUTO_INCREMENT,
    review_id    BIGINT   NOT NULL,
    item_id      BIGINT   NOT NULL,
    found        BOOLEAN  NOT NULL,
    description  TEXT,
    CONSTRAINT pk_self_review_finding PRIMARY KEY (id),
    CONSTRAINT uk_self_review_finding UNIQUE (review_id, item_id),
    CONSTRAINT fk_self_review_finding_review FOREIGN KEY (review_id) REFERENCES self_review (id),
    CONSTRAINT fk_self_review_finding_item FOREIGN KEY (item_id) REFERENCES self_review_item (id)
) ${table_options};

CREATE TABLE self_review_measure (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    review_id    BIGINT       NOT NULL,
    item_id      BIGINT       NOT NULL,
    content      TEXT         NOT NULL,
    due_date     DATE,
    immediate    BOOLEAN      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    report_text  TEXT,
    reported_at  DATETIME(3),
    closed_by    VARCHAR(64),
    closed_at    DATETIME(3),
    CONSTRAINT pk_self_review_measure PRIMARY KEY (id),
    CONSTRAINT uk_self_review_measure UNIQUE (review_id, item_id),
    CONSTRAINT fk_self_review_measure_review FOREIGN KEY (review_id) REFERENCES self_review (id),
    CONSTRAINT fk_self_review_measure_item FOREIGN KEY (item_id) REFERENCES self_review_item (id)
) ${table_options};

CREATE TABLE self_review_decision (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    review_id     BIGINT       NOT NULL,
    measure_id    BIGINT,
    kind          VARCHAR(16)  NOT NULL,
    actor_id      VARCHAR(64)  NOT NULL,
    approved      BOOLEAN      NOT NULL,
    return_stage  VARCHAR(16),
    comment_text  TEXT,
    decided_at    DATETIME(3)  NOT NULL,
    CONSTRAINT pk_self_review_decision PRIMARY KEY (id),
    CONSTRAINT fk_self_review_decision_review FOREIGN KEY (review_id) REFERENCES self_review (id)
) ${table_options};

CREATE INDEX idx_self_review_decision_review ON self_review_decision (review_id);

CREATE TABLE self_review_notice (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    measure_id    BIGINT       NOT NULL,
    recipient_id  VARCHAR(64)  NOT NULL,
    sent_on       DATE         NOT NULL,
    message       TEXT         NOT NULL,
    CONSTRAINT pk_self_review_notice PRIMARY KEY (id),
    CONSTRAINT uk_self_review_notice UNIQUE (measure_id, sent_on),
    CONSTRAINT fk_self_review_notice_measure FOREIGN KEY (measure_id) REFERENCES self_review_measure (id)
) ${table_options};
