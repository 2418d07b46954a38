-- 联建活动's files (photos, minutes, sign-in sheets): checked as every 佐证材料 is (common.files.EvidenceFile).

CREATE TABLE site_activity_file (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    activity_id         BIGINT        NOT NULL,
    file_name           VARCHAR(200)  NOT NULL,
    content_type        VARCHAR(100)  NOT NULL,
    file_size           BIGINT        NOT NULL,
    file_data           MEDIUMBLOB    NOT NULL,
    uploaded_by         VARCHAR(64)   NOT NULL,
    uploaded_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_site_activity_file PRIMARY KEY (id),
    CONSTRAINT fk_site_activity_file FOREIGN KEY (activity_id) REFERENCES site_activity (id)
) ${table_options};

CREATE INDEX idx_site_activity_file ON site_activity_file (activity_id);
