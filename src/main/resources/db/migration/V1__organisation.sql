-- The organisation: units in a tree, people with their unit, post and roles, and the units that
-- each leadership member supervises (分管). ${table_options} is utf8mb4 on MySQL, empty on H2.

CREATE TABLE org_unit (
    id          VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    unit_type   VARCHAR(32)  NOT NULL,
    parent_id   VARCHAR(64),
    sort_order  INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_org_unit_parent ON org_unit (parent_id);

CREATE TABLE org_person (
    id          VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    unit_id     VARCHAR(64)  NOT NULL,
    post        VARCHAR(100),
    email       VARCHAR(200),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_org_person PRIMARY KEY (id),
    CONSTRAINT fk_org_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_org_person_unit ON org_person (unit_id);

CREATE TABLE org_person_role (
    person_id   VARCHAR(64) NOT NULL,
    role        VARCHAR(32) NOT NULL,
    CONSTRAINT pk_org_person_role PRIMARY KEY (person_id, role),
    CONSTRAINT fk_org_person_role_person FOREIGN KEY (person_id) REFERENCES org_person (id)
) ${table_options};

CREATE INDEX idx_org_person_role_role ON org_person_role (role);

CREATE TABLE org_supervision (
    leader_id   VARCHAR(64) NOT NULL,
    unit_id     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_org_supervision PRIMARY KEY (leader_id, unit_id),
    CONSTRAINT fk_org_supervision_leader FOREIGN KEY (leader_id) REFERENCES org_person (id),
    CONSTRAINT fk_org_supervision_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX idx_org_supervision_unit ON org_supervision (unit_id);
