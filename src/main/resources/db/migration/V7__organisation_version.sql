-- A token that changes with every save of the organisation, so each node can keep the organisation in
-- memory and reload it only when it has changed (a random token, so a rolled-back save never matches).
CREATE TABLE org_version (
    id       INT          NOT NULL,
    token    VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_org_version PRIMARY KEY (id)
) ${table_options};

INSERT INTO org_version (id, token) VALUES (1, 'initial');
