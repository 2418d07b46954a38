-- 履责纪实: one row per outcome of every task handler, written in the handler's transaction.

CREATE TABLE audit_record (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at          DATETIME(3)  NOT NULL,
    actor_id             VARCHAR(64),
    process_key          VARCHAR(64)  NOT NULL,
    process_instance_id  VARCHAR(64),
    step_id              VARCHAR(100),
    step_name            VARCHAR(200),
    task_id              VARCHAR(64),
    business_key         VARCHAR(200),
    outcome              VARCHAR(64)  NOT NULL,
    opinion              TEXT,
    CONSTRAINT pk_audit_record PRIMARY KEY (id)
) ${table_options};

CREATE INDEX idx_audit_business_key ON audit_record (business_key, occurred_at);
CREATE INDEX idx_audit_actor ON audit_record (actor_id, occurred_at);
