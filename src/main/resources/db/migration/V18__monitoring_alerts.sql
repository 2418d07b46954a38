-- Alerts to the administrators (docs/monitoring.md): one row per thing alerted about — an incident, a
-- 查改剖 campaign, 责任书 cascade or 任务清单 past its due date. The row is the claim: the node whose INSERT
-- wins sends the alert in the same transaction, so two nodes on one database alert once.

CREATE TABLE monitoring_alert (
    alert_key    VARCHAR(200)  NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    alerted_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_monitoring_alert PRIMARY KEY (alert_key)
) ${table_options};
