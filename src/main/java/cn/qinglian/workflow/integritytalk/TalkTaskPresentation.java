package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.common.engine.FormMarkdown.day;
import static cn.qinglian.workflow.common.engine.FormMarkdown.literal;
import static cn.qinglian.workflow.integritytalk.TalkProcess.*;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.engine.FormMarkdown;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A talk's tasks name its kind and whom it concerns; their forms show what the ledger holds, each task only
 * what its holder may read. The approver (who may not read the content) and a returned plan's planner see
 * the kind, the people and the talker; the talker the reason; each person the record; the inspection group
 * everything. Who holds which task is the model's: a named person, or the inspection group (never passed
 * on: every step is {@code personal}).
 */
@Component
class TalkTaskPresentation implements TaskPresentation {

    static final String VAR_TALK_FACTS = "talkFacts";
    static final String VAR_DECISION_FACTS = "decisionFacts";
    static final String VAR_REASON_FACTS = "reasonFacts";
    static final String VAR_RECORD_FACTS = "recordFacts";
    static final String VAR_STATEMENT_FACTS = "statementFacts";
    static final String VAR_REPLY_FACTS = "replyFacts";
    static final Set<String> FACTS = Set.of(
            VAR_TALK_FACTS,
            VAR_DECISION_FACTS,
            VAR_REASON_FACTS,
            VAR_RECORD_FACTS,
            VAR_STATEMENT_FACTS,
            VAR_REPLY_FACTS);

    /** Which facts each step's form shows: content only on the steps of those who may read it. */
    static final Map<String, Set<String>> SHOWN = Map.of(
            TASK_APPROVE, Set.of(VAR_TALK_FACTS),
            TASK_REVISE, Set.of(VAR_TALK_FACTS, VAR_DECISION_FACTS),
            TASK_HOLD, Set.of(VAR_TALK_FACTS, VAR_REASON_FACTS),
            TASK_CONFIRM, Set.of(VAR_TALK_FACTS, VAR_RECORD_FACTS),
            TASK_FILE, Set.of(VAR_TALK_FACTS, VAR_REASON_FACTS, VAR_RECORD_FACTS, VAR_STATEMENT_FACTS),
            TASK_FOLLOW_UP, Set.of(VAR_TALK_FACTS, VAR_REASON_FACTS, VAR_RECORD_FACTS, VAR_STATEMENT_FACTS),
            TASK_REPLY, Set.of(VAR_TALK_FACTS, VAR_REASON_FACTS),
            TASK_ASSESS, Set.of(VAR_TALK_FACTS, VAR_REASON_FACTS, VAR_REPLY_FACTS));

    private final TalkQueries ledger;
    private final OrgService org;

    TalkTaskPresentation(TalkQueries ledger, OrgService org) {
        this.ledger = ledger;
        this.org = org;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        long id = TalkVariables.talkId(task);
        Talk talk = ledger.talk(id);
        List<TalkPerson> people = ledger.people(id);
        return talk.kind().label() + " · " + people.get(0).name()
                + (people.size() > 1 ? " 等 " + people.size() + " 人" : "");
    }

    @Override
    public Map<String, Object> facts(DelegateTask task) {
        Set<String> shown = SHOWN.getOrDefault(task.getTaskDefinitionKey(), Set.of());
        long id = TalkVariables.talkId(task);
        Talk talk = ledger.talk(id);
        List<TalkPerson> people = ledger.people(id);
        Organisation organisation = org.organisation();
        Map<String, Object> facts = new LinkedHashMap<>();
        if (shown.contains(VAR_TALK_FACTS)) facts.put(VAR_TALK_FACTS, talk(talk, people, organisation));
        if (shown.contains(VAR_DECISION_FACTS)) facts.put(VAR_DECISION_FACTS, literal(talk.decisionComment()));
        if (shown.contains(VAR_REASON_FACTS)) facts.put(VAR_REASON_FACTS, FormMarkdown.capped(literal(talk.reason())));
        if (shown.contains(VAR_RECORD_FACTS))
            facts.put(VAR_RECORD_FACTS, FormMarkdown.capped(record(talk, organisation)));
        if (shown.contains(VAR_STATEMENT_FACTS))
            facts.put(VAR_STATEMENT_FACTS, FormMarkdown.capped(statements(people)));
        if (shown.contains(VAR_REPLY_FACTS)) facts.put(VAR_REPLY_FACTS, FormMarkdown.capped(reply(talk)));
        return facts;
    }

    private static String talk(Talk talk, List<TalkPerson> people, Organisation organisation) {
        StringBuilder text = new StringBuilder()
                .append("**类型：** ")
                .append(talk.kind().label())
                .append("　**状态：** ")
                .append(talk.status().label())
                .append("  \n**谈话对象：** ")
                .append(people.stream()
                        .map(p -> literal(p.name()) + "（" + literal(p.unitName()) + "）")
                        .collect(Collectors.joining("、")))
                .append("  \n**拟定人：** ")
                .append(literal(name(organisation, talk.plannerId())))
                .append("　**审批人：** ")
                .append(literal(name(organisation, talk.approverId())))
                .append("　**")
                .append(talk.kind() == TalkKind.INQUIRY ? "函询人" : "谈话人")
                .append("：** ")
                .append(literal(name(organisation, talk.talkerId())));
        if (talk.kind() == TalkKind.INQUIRY) {
            text.append("  \n**回复期限：** ")
                    .append(
                            talk.replyDue() == null
                                    ? talk.replyDays() + " 天（自批准之日起）"
                                    : day(LocalDate.ofInstant(talk.replyDue(), ChinaTime.ZONE)));
        }
        if (talk.sourceTalkId() != null) {
            text.append("  \n**来源：** 函询 ").append(BUSINESS_KEY_PREFIX).append(talk.sourceTalkId());
        }
        return text.toString();
    }

    private static String record(Talk talk, Organisation organisation) {
        return "**谈话日期：** " + day(talk.talkDate())
                + "　**地点：** " + literal(talk.place())
                + "  \n**谈话人：** " + literal(name(organisation, talk.talkerId()))
                + "　**记录人：** " + literal(name(organisation, talk.recorderId()))
                + "\n\n**谈话记录：**  \n" + literal(talk.recordText());
    }

    private static String statements(List<TalkPerson> people) {
        return people.stream()
                .map(p -> literal(p.name()) + "：" + (p.confirmedAt() == null ? "未确认" : "已确认")
                        + (p.statement() == null ? "" : "。本人说明：" + literal(p.statement())))
                .collect(Collectors.joining("  \n"));
    }

    private static String reply(Talk talk) {
        return (talk.replyLate() ? "**逾期回复**  \n" : "") + literal(talk.replyText());
    }

    private static String name(Organisation organisation, String personId) {
        return personId == null
                ? null
                : organisation.person(personId).map(Person::name).orElse(personId);
    }
}
