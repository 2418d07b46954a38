-- Approval operations across processes (/api/tasks): 催办 and 抄送 are the app's own records;
-- the other operations (退回, 转办, 委派, 加签, 撤回) move the engine and are written to the audit trail.

CREATE TABLE task_urge (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    task_id              VARCHAR(64)  NOT NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    assignee_id          VARCHAR(64)  NOT NULL,
    urged_by             VARCHAR(64)  NOT NULL,
    urge_hour            BIGINT       NOT NULL,
    note                 VARCHAR(500),
    urged_at             DATETIME(3)  NOT NULL,
    CONSTRAINT pk_task_urge PRIMARY KEY (id),
    -- A second urge in the same clock hour loses the race even when both passed the one-hour check.
    CONSTRAINT uk_task_urge_hour UNIQUE (task_id, urge_hour)
) ${table_options};

CREATE INDEX idx_task_urge_task ON task_urge (task_id, urged_at);

CREATE TABLE process_copy (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    process_instance_id     VARCHAR(64)   NOT NULL,
    process_definition_key  VARCHAR(64)   NOT NULL,
    process_name            VARCHAR(200),
    business_key            VARCHAR(200),
    person_id               VARCHAR(64)   NOT NULL,
    copied_by               VARCHAR(64)   NOT NULL,
    note                    VARCHAR(500),
    copied_at               DATETIME(3)   NOT NULL,
    CONSTRAINT pk_process_copy PRIMARY KEY (id),
    CONSTRAINT uk_process_copy UNIQUE (process_instance_id, person_id)
) ${table_options};

CREATE INDEX idx_process_copy_person ON process_copy (person_id, copied_at);

-- The 审批记录 timeline reads the audit trail by process instance.
CREATE INDEX idx_audit_process_instance ON audit_record (process_instance_id, occurred_at);
