-- 项目党建联建: the construction projects the commission serves, their Party organisations and the
-- Party members on site, the 服务指导组, the 联建 agreements (signed through jointBuilding) with their
-- activities, and the 党员示范岗.

CREATE TABLE site_project (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(200)  NOT NULL,
    project_type        VARCHAR(16)   NOT NULL,
    district            VARCHAR(100),
    start_date          DATE          NOT NULL,
    planned_end_date    DATE          NOT NULL,
    owner_unit          VARCHAR(200),
    supervisor_unit     VARCHAR(200),
    contractor_unit     VARCHAR(200),
    status              VARCHAR(24)   NOT NULL,
    completed_on        DATE,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_project PRIMARY KEY (id),
    CONSTRAINT uk_site_project_name UNIQUE (name)
) ${table_options};

CREATE TABLE site_party_org (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    -- The org unit (type PROJECT_PARTY_ORG) it is, when the organisation has it; else recorded by name.
    unit_id             VARCHAR(64),
    secretary_id        VARCHAR(64),
    secretary_name      VARCHAR(100),
    established_on      DATE,
    status              VARCHAR(16)   NOT NULL,
    dissolved_on        DATE,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_party_org PRIMARY KEY (id),
    CONSTRAINT uk_site_party_org_name UNIQUE (name),
    CONSTRAINT fk_site_party_org_project FOREIGN KEY (project_id) REFERENCES site_project (id),
    CONSTRAINT fk_site_party_org_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_site_party_org_secretary FOREIGN KEY (secretary_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_site_party_org_project ON site_party_org (project_id, kind, status);

-- Party members working on a project: from the organisation (person_id) or named outside it; org_id
-- when they belong to one of the project's Party organisations. member_key is the person id or
-- "name|employer", so a member is recorded once per project.
CREATE TABLE site_party_member (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    org_id              BIGINT,
    member_key          VARCHAR(320)  NOT NULL,
    person_id           VARCHAR(64),
    name                VARCHAR(100)  NOT NULL,
    employer            VARCHAR(200),
    membership          VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_site_party_member PRIMARY KEY (id),
    CONSTRAINT uk_site_party_member UNIQUE (project_id, member_key),
    CONSTRAINT fk_site_party_member_project FOREIGN KEY (project_id) REFERENCES site_project (id),
    CONSTRAINT fk_site_party_member_org FOREIGN KEY (org_id) REFERENCES site_party_org (id),
    CONSTRAINT fk_site_party_member_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_site_party_member_org ON site_party_member (org_id);

CREATE TABLE site_service_group (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(200)  NOT NULL,
    leader_id           VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_service_group PRIMARY KEY (id),
    CONSTRAINT uk_site_service_group_name UNIQUE (name),
    CONSTRAINT fk_site_service_group_leader FOREIGN KEY (leader_id) REFERENCES org_person (id)
) ${table_options};

CREATE TABLE site_service_group_member (
    group_id            BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_site_service_group_member PRIMARY KEY (group_id, person_id),
    CONSTRAINT fk_site_group_member_group FOREIGN KEY (group_id) REFERENCES site_service_group (id),
    CONSTRAINT fk_site_group_member_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE TABLE site_service_group_project (
    group_id            BIGINT        NOT NULL,
    project_id          BIGINT        NOT NULL,
    CONSTRAINT pk_site_service_group_project PRIMARY KEY (group_id, project_id),
    CONSTRAINT fk_site_group_project_group FOREIGN KEY (group_id) REFERENCES site_service_group (id),
    CONSTRAINT fk_site_group_project_project FOREIGN KEY (project_id) REFERENCES site_project (id)
) ${table_options};

-- A 联建 agreement between an agency branch (agency_unit_id) or a service group and a project Party
-- organisation. open_key holds the business key while the agreement is not withdrawn: the same pair
-- for the same period is proposed once.
CREATE TABLE site_agreement (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    business_key        VARCHAR(120)  NOT NULL,
    open_key            VARCHAR(120),
    agency_unit_id      VARCHAR(64),
    service_group_id    BIGINT,
    party_org_id        BIGINT        NOT NULL,
    content             VARCHAR(4000) NOT NULL,
    period_from         DATE          NOT NULL,
    period_to           DATE          NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    proposer_id         VARCHAR(64)   NOT NULL,
    agency_signer_id    VARCHAR(64)   NOT NULL,
    project_signer_id   VARCHAR(64)   NOT NULL,
    agency_signed_at    DATETIME(3),
    project_signed_at   DATETIME(3),
    return_reason       VARCHAR(4000),
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_agreement PRIMARY KEY (id),
    CONSTRAINT uk_site_agreement_open UNIQUE (open_key),
    CONSTRAINT fk_site_agreement_unit FOREIGN KEY (agency_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_site_agreement_group FOREIGN KEY (service_group_id) REFERENCES site_service_group (id),
    CONSTRAINT fk_site_agreement_org FOREIGN KEY (party_org_id) REFERENCES site_party_org (id)
) ${table_options};

CREATE INDEX idx_site_agreement_org ON site_agreement (party_org_id, status);

CREATE TABLE site_activity (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id        BIGINT        NOT NULL,
    activity_date       DATE          NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    participant_count   INT           NOT NULL,
    note                VARCHAR(4000),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_activity PRIMARY KEY (id),
    CONSTRAINT fk_site_activity_agreement FOREIGN KEY (agreement_id) REFERENCES site_agreement (id)
) ${table_options};

CREATE INDEX idx_site_activity_agreement ON site_activity (agreement_id, activity_date);

CREATE TABLE site_activity_participant (
    activity_id         BIGINT        NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_site_activity_participant PRIMARY KEY (activity_id, person_id),
    CONSTRAINT fk_site_participant_activity FOREIGN KEY (activity_id) REFERENCES site_activity (id),
    CONSTRAINT fk_site_participant_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

-- 党员示范岗: person_key is the person id or "name|employer", so a post is recorded once per person and project.
CREATE TABLE site_model_post (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    person_key          VARCHAR(320)  NOT NULL,
    person_id           VARCHAR(64),
    person_name         VARCHAR(100)  NOT NULL,
    employer            VARCHAR(200),
    post_title          VARCHAR(200)  NOT NULL,
    from_date           DATE          NOT NULL,
    to_date             DATE,
    created_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_model_post PRIMARY KEY (id),
    CONSTRAINT uk_site_model_post UNIQUE (project_id, person_key, post_title),
    CONSTRAINT fk_site_model_post_project FOREIGN KEY (project_id) REFERENCES site_project (id),
    CONSTRAINT fk_site_model_post_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};
