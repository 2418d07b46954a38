-- 党纪教育 and 廉政教育课: sessions, who is expected at each, who signed in (from the session's link or its
-- code, only while it runs), leave asked for and decided by the branch secretary, and 补学 confirmed after.

CREATE TABLE edu_session (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    -- unit, kind, topic and start: the same session is not recorded twice
    fingerprint         VARCHAR(64)   NOT NULL,
    session_year        INT           NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    topic               VARCHAR(200)  NOT NULL,
    speaker             VARCHAR(100),
    starts_at           DATETIME(3)   NOT NULL,
    ends_at             DATETIME(3)   NOT NULL,
    place               VARCHAR(200),
    online_link         VARCHAR(500),
    materials           VARCHAR(4000),
    unit_id             VARCHAR(64)   NOT NULL,
    organiser_id        VARCHAR(64)   NOT NULL,
    sign_in_code        VARCHAR(6)    NOT NULL,
    sign_in_token       VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_edu_session PRIMARY KEY (id),
    CONSTRAINT uk_edu_session_fingerprint UNIQUE (fingerprint),
    CONSTRAINT fk_edu_session_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_edu_session_year ON edu_session (session_year, unit_id);

CREATE TABLE edu_attendance (
    session_id          BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    -- the person's unit when the session was set: attendance per unit stays as it was
    unit_id             VARCHAR(64)   NOT NULL,
    signed_in_at        DATETIME(3),
    signed_in_by        VARCHAR(8),
    excused             BOOLEAN       NOT NULL DEFAULT FALSE,
    made_up_at          DATETIME(3),
    made_up_note        VARCHAR(1000),
    CONSTRAINT pk_edu_attendance PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_edu_attendance_session FOREIGN KEY (session_id) REFERENCES edu_session (id),
    CONSTRAINT fk_edu_attendance_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_edu_attendance_person ON edu_attendance (person_id);

CREATE TABLE edu_leave (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    session_id          BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    approver_id         VARCHAR(64)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    comment_text        VARCHAR(1000),
    requested_at        DATETIME(3)   NOT NULL,
    decided_at          DATETIME(3),
    CONSTRAINT pk_edu_leave PRIMARY KEY (id),
    CONSTRAINT uk_edu_leave UNIQUE (session_id, person_id),
    CONSTRAINT fk_edu_leave_session FOREIGN KEY (session_id) REFERENCES edu_session (id)
) ${table_options};
