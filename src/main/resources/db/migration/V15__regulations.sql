-- 制度汇编: the register of rules the agency works by (its text, or an attached file), the yearly
-- compilations of them in chapters with who was asked to study them and who confirmed, and the yearly
-- 立改废 review.

CREATE TABLE regulation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    title               VARCHAR(200)  NOT NULL,
    doc_number          VARCHAR(100)  NOT NULL,
    issuer              VARCHAR(200)  NOT NULL,
    reg_level           VARCHAR(16)   NOT NULL,
    category            VARCHAR(24)   NOT NULL,
    issued_on           DATE          NOT NULL,
    effective_from      DATE,
    effective_until     DATE,
    status              VARCHAR(16)   NOT NULL,
    -- the regulation that revised or replaced it, when it is no longer in force
    replaced_by         BIGINT,
    status_note         VARCHAR(500),
    body_text           MEDIUMTEXT,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_regulation PRIMARY KEY (id),
    -- the same 文号 of the same issuer is one regulation
    CONSTRAINT uk_regulation_number UNIQUE (doc_number, issuer),
    CONSTRAINT fk_regulation_replaced_by FOREIGN KEY (replaced_by) REFERENCES regulation (id)
) ${table_options};

CREATE INDEX idx_regulation_status ON regulation (status, category);

-- The attached original (PDF or Word), one per regulation, kept apart so lists never read it.
CREATE TABLE regulation_file (
    regulation_id       BIGINT        NOT NULL,
    file_name           VARCHAR(200)  NOT NULL,
    content_type        VARCHAR(100)  NOT NULL,
    file_size           BIGINT        NOT NULL,
    file_data           MEDIUMBLOB    NOT NULL,
    uploaded_by         VARCHAR(64)   NOT NULL,
    uploaded_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_regulation_file PRIMARY KEY (regulation_id),
    CONSTRAINT fk_regulation_file FOREIGN KEY (regulation_id) REFERENCES regulation (id)
) ${table_options};

CREATE TABLE regulation_compilation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    compilation_year    INT           NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    issuer              VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    study_due           DATE,
    published_by        VARCHAR(64),
    published_at        DATETIME(3),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_regulation_compilation PRIMARY KEY (id),
    CONSTRAINT uk_regulation_compilation UNIQUE (compilation_year, title)
) ${table_options};

CREATE TABLE regulation_chapter (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    compilation_id      BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_regulation_chapter PRIMARY KEY (id),
    CONSTRAINT uk_regulation_chapter UNIQUE (compilation_id, seq),
    CONSTRAINT fk_regulation_chapter FOREIGN KEY (compilation_id) REFERENCES regulation_compilation (id)
) ${table_options};

-- A regulation appears once in a compilation, at its place in a chapter.
CREATE TABLE regulation_compilation_item (
    compilation_id      BIGINT        NOT NULL,
    chapter_id          BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    regulation_id       BIGINT        NOT NULL,
    CONSTRAINT pk_regulation_compilation_item PRIMARY KEY (chapter_id, seq),
    CONSTRAINT uk_regulation_compilation_item UNIQUE (compilation_id, regulation_id),
    CONSTRAINT fk_regulation_item_compilation FOREIGN KEY (compilation_id) REFERENCES regulation_compilation (id),
    CONSTRAINT fk_regulation_item_chapter FOREIGN KEY (chapter_id) REFERENCES regulation_chapter (id),
    CONSTRAINT fk_regulation_item_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id)
) ${table_options};

CREATE INDEX idx_regulation_item_regulation ON regulation_compilation_item (regulation_id);

-- Study confirmation of a published compilation: a row per person asked (asked = TRUE, with the unit
-- they were in when asked) and per person who confirmed without being asked; studied_at once confirmed.
CREATE TABLE regulation_study (
    compilation_id      BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    unit_id             VARCHAR(64)   NOT NULL,
    asked               BOOLEAN       NOT NULL,
    asked_at            DATETIME(3),
    studied_at          DATETIME(3),
    CONSTRAINT pk_regulation_study PRIMARY KEY (compilation_id, person_id),
    CONSTRAINT fk_regulation_study_compilation FOREIGN KEY (compilation_id) REFERENCES regulation_compilation (id),
    CONSTRAINT fk_regulation_study_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_regulation_study_unit ON regulation_study (compilation_id, unit_id);

-- The yearly 立改废 review: what is to become of a regulation (保留, 修订, 废止), by when and by whom.
CREATE TABLE regulation_review_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    review_year         INT           NOT NULL,
    regulation_id       BIGINT        NOT NULL,
    action              VARCHAR(16)   NOT NULL,
    due_date            DATE          NOT NULL,
    owner_id            VARCHAR(64)   NOT NULL,
    note                VARCHAR(1000),
    status              VARCHAR(16)   NOT NULL,
    done_note           VARCHAR(1000),
    done_at             DATETIME(3),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_regulation_review_item PRIMARY KEY (id),
    CONSTRAINT uk_regulation_review_item UNIQUE (review_year, regulation_id),
    CONSTRAINT fk_regulation_review_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id),
    CONSTRAINT fk_regulation_review_owner FOREIGN KEY (owner_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_regulation_review_due ON regulation_review_item (status, due_date);
