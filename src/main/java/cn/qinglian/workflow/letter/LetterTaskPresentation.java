package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.engine.TaskPresentation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Tasks of the letter: the letter's title, and on each signing pair's tasks whom it is signed with. */
final class LetterTaskPresentation {

    private LetterTaskPresentation() {
    }

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
            String signer = text(task, LetterProcess.VAR_SIGNER_NAME);
            String title = text(task, LetterProcess.VAR_TITLE);
            return signer.isEmpty() ? title : signer + (title.isEmpty() ? "" : " · " + title);
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "" : value.toString();
    }
}
