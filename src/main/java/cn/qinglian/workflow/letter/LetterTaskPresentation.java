package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.engine.TaskPresentation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Tasks of the letter: the letter's title, and on each signing pair's tasks the other party — the upper
 * party's 拟定 names the signer, the signer's 签订 names whom they sign with.
 */
final class LetterTaskPresentation {

    private LetterTaskPresentation() {}

    @Component
    static class Draft implements TaskPresentation {

        @Override
        public String processKey() {
            return LetterProcess.PROCESS_KEY;
        }

        @Override
        public String subject(DelegateTask task) {
            return text(task, LetterProcess.VAR_TITLE);
        }
    }

    @Component
    static class Signing implements TaskPresentation {

        @Override
        public String processKey() {
            return LetterProcess.PAIR_KEY;
        }

        @Override
        public String subject(DelegateTask task) {
            String other = LetterProcess.TASK_SIGN.equals(task.getTaskDefinitionKey())
                    ? withName(text(task, LetterProcess.VAR_COUNTERPART_NAME))
                    : text(task, LetterProcess.VAR_SIGNER_NAME);
            String title = text(task, LetterProcess.VAR_TITLE);
            return other.isEmpty() ? title : other + (title.isEmpty() ? "" : " · " + title);
        }

        private static String withName(String counterpart) {
            return counterpart.isEmpty() ? "" : "与" + counterpart + "签订";
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "" : value.toString();
    }
}
