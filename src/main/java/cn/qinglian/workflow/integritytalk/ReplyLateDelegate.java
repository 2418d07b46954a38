package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A 函询's deadline passed without a reply: recorded as late, and the inspection group is told. */
@Component("integrityTalkReplyLate")
class ReplyLateDelegate implements JavaDelegate {

    private final LateReplies late;

    ReplyLateDelegate(LateReplies late) {
        this.late = late;
    }

    @Override
    public void execute(DelegateExecution execution) {
        late.overdue(TalkVariables.talkId(execution), TaskStep.of(execution));
    }
}
