package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 函询 not answered by its deadline: the talk is marked late and the discipline inspection group is told —
 * a notice that names the 函询 by its number and unit only, never whom it concerns or what it asks.
 */
@Service
class LateReplies {

    private final TalkService talks;
    private final OrgService org;
    private final Notices notices;

    LateReplies(TalkService talks, OrgService org, Notices notices) {
        this.talks = talks;
        this.org = org;
        this.notices = notices;
    }

    @Transactional
    public void overdue(long talkId, TaskStep step) {
        Talk talk = talks.markLate(talkId, step.bySystem());
        List<String> inspectors = org.organisation().withRole(Role.DISCIPLINE_INSPECTOR).stream()
                .filter(Person::active)
                .map(Person::id)
                .toList();
        notices.send(NoticeRequest.about(
                        NoticeKind.ESCALATION,
                        inspectors,
                        "函询 " + talk.businessKey() + " 已超过回复期限未回复",
                        TalkProcess.PROCESS_KEY)
                .inInstance(step.processInstanceId())
                .forUnit(talk.unitName()));
    }
}
