-- Notices (消息通知): an outbox written in the transaction of the event that causes it, one row per
-- person; each row is the person's in-app (站内) message. After commit a dispatcher plans a delivery per
-- external channel (e-mail, 钉钉, 浙政钉, 企业微信) the person uses and sends it; rows are claimed with a
-- token and a lease so that two nodes never send one delivery twice and a node that dies mid-send
-- leaves it to the other.

ALTER TABLE org_person ADD COLUMN mobile VARCHAR(32);
ALTER TABLE org_person ADD COLUMN dingtalk_id VARCHAR(64);
ALTER TABLE org_person ADD COLUMN zzd_id VARCHAR(64);
ALTER TABLE org_person ADD COLUMN wecom_id VARCHAR(64);

CREATE TABLE notice (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id         VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(32)   NOT NULL,
    -- Titles and links only: never the content of a review, an opinion or a risk description.
    title                VARCHAR(400)  NOT NULL,
    body                 VARCHAR(1000) NOT NULL,
    link                 VARCHAR(500)  NOT NULL,
    process_key          VARCHAR(64),
    process_instance_id  VARCHAR(64),
    task_id              VARCHAR(64),
    actor_id             VARCHAR(64),
    -- Only notices the system makes on its own (never inside a business transaction) carry one.
    dedupe_key           VARCHAR(200),
    created_at           DATETIME(3)   NOT NULL,
    read_at              DATETIME(3),
    planned              BOOLEAN       NOT NULL DEFAULT FALSE,
    claim_token          VARCHAR(40),
    claimed_until        DATETIME(3),
    CONSTRAINT pk_notice PRIMARY KEY (id),
    CONSTRAINT uk_notice_dedupe UNIQUE (dedupe_key)
) ${table_options};

CREATE INDEX idx_notice_recipient ON notice (recipient_id, created_at);
CREATE INDEX idx_notice_unplanned ON notice (planned, id);
CREATE INDEX idx_notice_claim ON notice (claim_token);
CREATE INDEX idx_notice_process ON notice (process_key, created_at);

CREATE TABLE notice_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    notice_id        BIGINT        NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    recipient_id     VARCHAR(64)   NOT NULL,
    address          VARCHAR(200)  NOT NULL,
    -- PENDING → SENT | FAILED (gave up) | MERGED (went out inside another message); DIGEST waits for 08:30.
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    claim_token      VARCHAR(40),
    claimed_until    DATETIME(3),
    last_error       VARCHAR(500),
    content_hash     VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3),
    CONSTRAINT pk_notice_delivery PRIMARY KEY (id),
    -- The same notice reaches the same person once per channel.
    CONSTRAINT uk_notice_delivery UNIQUE (notice_id, channel),
    CONSTRAINT fk_notice_delivery_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
) ${table_options};

CREATE INDEX idx_notice_delivery_due ON notice_delivery (status, next_attempt_at);
CREATE INDEX idx_notice_delivery_claim ON notice_delivery (claim_token);
CREATE INDEX idx_notice_delivery_recipient ON notice_delivery (recipient_id, channel, sent_at);

-- A person's choices; the row with person_id '*' holds the Party office's defaults.
CREATE TABLE notice_preference (
    person_id    VARCHAR(64)  NOT NULL,
    channels     VARCHAR(100) NOT NULL,
    quiet_start  CHAR(5),
    quiet_end    CHAR(5),
    digest       BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_notice_preference PRIMARY KEY (person_id)
) ${table_options};
