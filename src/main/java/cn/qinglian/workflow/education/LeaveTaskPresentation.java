package cn.qinglian.workflow.education;

import static cn.qinglian.workflow.common.engine.FormMarkdown.literal;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A leave request's task names the person and the session; its form shows the session and the reason. */
@Component
class LeaveTaskPresentation implements TaskPresentation {

    static final String VAR_LEAVE_FACTS = "leaveFacts";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final LeaveFacts facts;

    LeaveTaskPresentation(LeaveFacts facts) {
        this.facts = facts;
    }

    @Override
    public String processKey() {
        return LeaveProcess.PROCESS_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        LeaveFacts.Facts f = facts.of(ProcessVariables.id(task, LeaveProcess.VAR_LEAVE_ID));
        return f.personName() + " · " + f.session().topic();
    }

    @Override
    public Map<String, Object> facts(DelegateTask task) {
        LeaveFacts.Facts f = facts.of(ProcessVariables.id(task, LeaveProcess.VAR_LEAVE_ID));
        Session s = f.session();
        return Map.of(
                VAR_LEAVE_FACTS,
                "**请假人：** " + literal(f.personName())
                        + "  \n**学习：** " + s.kind().label() + " · " + literal(s.topic())
                        + "  \n**时间：** " + WHEN.format(s.startsAt().atZone(ChinaTime.ZONE))
                        + (s.place() == null ? "" : "　**地点：** " + literal(s.place()))
                        + "\n\n**请假事由：** " + literal(f.leave().reason()));
    }
}
