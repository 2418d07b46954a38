package cn.qinglian.workflow.monitoring;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.monitoring.MonitoringMapper.Progress;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the administrators ({@code camunda-admin}), in the app and over the channels each chose, about an
 * incident (a job out of retries, with a link to it in Cockpit) and about a 查改剖 campaign, 责任书 cascade or
 * 任务清单 still open past its due date. Each once: the alert and its {@code monitoring_alert} row commit
 * together, and the row's key is unique, so a second check — or a second node checking at the same
 * moment — finds it taken and sends nothing.
 */
@Component
class Alerts {

    static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/%s/runtime";
    /**
     * The newest incidents looked at per check: a new one is never hidden behind old ones already alerted.
     * Of a burst of more at once, the oldest are not alerted one by one (the dashboard counts them all).
     */
    static final int INCIDENTS_PER_CHECK = 200;

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    private final MonitoringMapper mapper;
    private final Notices notices;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final SystemAuthentication system;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int letterDaysPerLevel;

    Alerts(
            MonitoringMapper mapper,
            Notices notices,
            RuntimeService runtime,
            RepositoryService repository,
            IdentityService identity,
            SystemAuthentication system,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${qinglian.letter.days-per-level:15}") int letterDaysPerLevel) {
        this.mapper = mapper;
        this.notices = notices;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.system = system;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.letterDaysPerLevel = letterDaysPerLevel;
    }

    /** Looks for what has not been alerted yet and alerts it; returns how many alerts this node sent. */
    int check() {
        List<String> admins =
                system
                        .call(() -> identity.createUserQuery()
                                .memberOfGroup(CurrentUser.ADMIN_GROUP)
                                .list())
                        .stream()
                        .map(User::getId)
                        .toList();
        if (admins.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (Incident incident : system.call(() ->
                runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, INCIDENTS_PER_CHECK))) {
            // A failure in a called process also raises an incident in each process above it, pointing
            // to its cause: one failure, one alert, about the process where it happened.
            if (incident.getId().equals(incident.getRootCauseIncidentId())) {
                sent += incident(incident, admins);
            }
        }
        LocalDate today = ChinaTime.today(clock);
        for (Progress campaign : mapper.campaigns()) {
            if (campaign.due() != null && campaign.due().isBefore(today)) {
                sent += overdue("campaign:" + campaign.businessKey(), "查改剖逾期未完成：" + campaign.name(), campaign, admins);
            }
        }
        for (MonitoringMapper.OpenCascade cascade : mapper.openCascades()) {
            LocalDate due = cascadeDue(cascade);
            if (due != null && due.isBefore(today)) {
                Progress progress = new Progress(cascade.businessKey(), cascade.businessKey(), 0, 0, due);
                sent += overdue(
                        "cascade:" + cascade.businessKey(), cascade.letterYear() + "年度责任书逾期未签订完毕", progress, admins);
            }
        }
        for (Progress list : mapper.taskLists(today)) {
            if (list.due() != null) {
                sent += overdue("taskList:" + list.businessKey(), "任务清单有逾期未销号的任务：" + list.name(), list, admins);
            }
        }
        return sent;
    }

    /** The deepest level still signing had days-per-level for each level from the letter's approval. */
    private LocalDate cascadeDue(MonitoringMapper.OpenCascade cascade) {
        if (cascade.approvedAt() == null || cascade.deepestOpenLevel() == null) {
            return null;
        }
        return LocalDate.ofInstant(cascade.approvedAt(), ChinaTime.ZONE)
                .plusDays((long) letterDaysPerLevel * Math.max(1, cascade.deepestOpenLevel()));
    }

    private int incident(Incident incident, List<String> admins) {
        String key = "incident:" + incident.getId();
        var definition = system.call(() -> repository.getProcessDefinition(incident.getProcessDefinitionId()));
        String processKey = definition.getKey();
        String subject = "流程作业重试次数已用尽：" + (definition.getName() == null ? processKey : definition.getName()) + "（"
                + incident.getActivityId() + "），请在 Cockpit 中处理";
        NoticeRequest alert = NoticeRequest.about(NoticeKind.ALERT, admins, subject, processKey)
                .inInstance(incident.getProcessInstanceId())
                .opening(COCKPIT_INSTANCE.formatted(incident.getProcessInstanceId()));
        return send(key, "INCIDENT", alert);
    }

    private int overdue(String key, String subject, Progress progress, List<String> admins) {
        NoticeRequest alert =
                NoticeRequest.about(NoticeKind.ALERT, admins, subject, null).dueBy(ChinaTime.endOf(progress.due()));
        return send(key, "OVERDUE", alert);
    }

    private int send(String key, String kind, NoticeRequest alert) {
        if (mapper.alerted(key) > 0) {
            return 0;
        }
        try {
            transaction.executeWithoutResult(status -> {
                mapper.claim(key, kind, alert.subject(), clock.instant());
                notices.send(alert);
            });
            log.info("Alerted {} administrators: {}", alert.recipientIds().size(), key);
            return 1;
        } catch (DuplicateKeyException e) {
            log.debug("Alert {} was sent by another node", key);
            return 0;
        }
    }
}
