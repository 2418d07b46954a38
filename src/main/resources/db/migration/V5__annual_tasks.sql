-- 任务清单签收: the year's task list and its tasks, every change to a task, the secretary's decisions,
-- each unit's sign-off or adjustment request, progress reports, verifications (销号), and the
-- reminders, escalations and notices sent.

CREATE TABLE task_list (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    list_year       INT           NOT NULL,
    business_key    VARCHAR(64)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    sign_off_due    DATE          NOT NULL,
    report_cycle    VARCHAR(32)   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    approved_by     VARCHAR(64),
    approved_at     DATETIME(3),
    closed_at       DATETIME(3),
    CONSTRAINT pk_task_list PRIMARY KEY (id),
    CONSTRAINT uk_task_list_year UNIQUE (list_year),
    CONSTRAINT uk_task_list_key UNIQUE (business_key)
) ${table_options};

CREATE TABLE task_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    list_id            BIGINT        NOT NULL,
    item_no            INT           NOT NULL,
    content            TEXT          NOT NULL,
    source_list        VARCHAR(64)   NOT NULL,
    responsibility     VARCHAR(24)   NOT NULL,
    lead_unit_id       VARCHAR(64)   NOT NULL,
    cooperating_units  VARCHAR(1000),
    leader_id          VARCHAR(64)   NOT NULL,
    deadline           DATE          NOT NULL,
    milestones         TEXT,
    status             VARCHAR(24)   NOT NULL,
    percent_done       INT           NOT NULL DEFAULT 0,
    last_reported_at   DATETIME(3),
    closed_at          DATETIME(3),
    CONSTRAINT pk_task_item PRIMARY KEY (id),
    CONSTRAINT uk_task_item_no UNIQUE (list_id, item_no),
    CONSTRAINT fk_task_item_list FOREIGN KEY (list_id) REFERENCES task_list (id),
    CONSTRAINT fk_task_item_unit FOREIGN KEY (lead_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_task_item_leader FOREIGN KEY (leader_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_task_item_unit ON task_item (list_id, lead_unit_id);

CREATE TABLE task_item_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    item_id      BIGINT       NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL,
    description  TEXT         NOT NULL,
    changed_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_task_item_change PRIMARY KEY (id),
    CONSTRAINT fk_task_item_change_item FOREIGN KEY (item_id) REFERENCES task_item (id)
) ${table_options};

CREATE TABLE task_list_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    list_id      BIGINT       NOT NULL,
    item_id      BIGINT,
    unit_id      VARCHAR(64),
    kind         VARCHAR(24)  NOT NULL,
    actor_id     VARCHAR(64),
    recipient_id VARCHAR(64),
    item_nos     VARCHAR(400),
    progress     VARCHAR(24),
    percent_done INT,
    note         TEXT,
    happened_on  DATE         NOT NULL,
    happened_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_task_list_event PRIMARY KEY (id),
    CONSTRAINT fk_task_list_event_list FOREIGN KEY (list_id) REFERENCES task_list (id)
) ${table_options};

CREATE INDEX idx_task_list_event ON task_list_event (list_id, kind);
CREATE INDEX idx_task_list_event_item ON task_list_event (item_id, kind);
