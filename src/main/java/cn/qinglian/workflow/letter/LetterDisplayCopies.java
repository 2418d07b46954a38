package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every signing pair carries what the 拟定/签订 forms show — the letter's title, its aspects, the duties
 * of the signer's level and the two people's names; letter_text and letter_signature keep them, so
 * engine history need not: one copy per person of the cascade, thousands of rows per year.
 */
@Component
class LetterDisplayCopies implements DisplayCopies {

    private static final Set<String> COPIES = Set.of(
            LetterProcess.VAR_TITLE,
            LetterProcess.VAR_ASPECT_LIST,
            LetterProcess.VAR_LEVEL_DUTIES,
            LetterProcess.VAR_SIGNER_NAME,
            LetterProcess.VAR_COUNTERPART_NAME);

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return LetterProcess.PAIR_KEY.equals(processDefinitionKey) && COPIES.contains(variableName);
    }
}
