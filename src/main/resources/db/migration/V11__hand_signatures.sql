-- Handwritten signatures (手写签名) drawn on a phone: one per task, kept with the step it signs. The
-- letter's signature record points at the one its signer drew; other steps ask for one where the
-- office switches it on (hand_signature_step).

CREATE TABLE hand_signature (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    task_id              VARCHAR(64)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    process_key          VARCHAR(64)   NOT NULL,
    step_id              VARCHAR(100)  NOT NULL,
    person_id            VARCHAR(64)   NOT NULL,
    -- Re-encoded by the app (no text chunks or metadata from the phone), at most 200 KB.
    image_png            MEDIUMBLOB    NOT NULL,
    width                INT           NOT NULL,
    height               INT           NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    CONSTRAINT pk_hand_signature PRIMARY KEY (id),
    CONSTRAINT uk_hand_signature_task UNIQUE (task_id)
) ${table_options};

CREATE INDEX idx_hand_signature_process ON hand_signature (process_instance_id);

-- Which steps ask for a signature: OPTIONAL (offered) or REQUIRED (the step cannot be completed without).
CREATE TABLE hand_signature_step (
    process_key          VARCHAR(64)   NOT NULL,
    step_id              VARCHAR(100)  NOT NULL,
    mode                 VARCHAR(16)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    CONSTRAINT pk_hand_signature_step PRIMARY KEY (process_key, step_id)
) ${table_options};

-- Signing the 责任书 (确认签订) offers one from the start.
INSERT INTO hand_signature_step (process_key, step_id, mode, updated_by, updated_at)
VALUES ('letterSigning', 'userTask_sign', 'OPTIONAL', 'system', CURRENT_TIMESTAMP(3));

ALTER TABLE letter_signature ADD COLUMN hand_signature_id BIGINT;
