package cn.qinglian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import java.util.function.Consumer;

/** What a refused form must be: a Chinese message without variable names, the field kept for the API. */
public final class Refusals {

    private Refusals() {}

    /**
     * The refusal is the app's, names {@code field} as the one at fault, and the message Tasklist shows
     * is that problem's Chinese sentence without the variable's name.
     */
    public static Consumer<Throwable> namingField(String field) {
        return refusal -> {
            Throwable cause = refusal;
            while (cause != null && !(cause instanceof ApiException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("the refusal behind " + refusal).isInstanceOf(ApiException.class);
            FieldProblem problem = ((ApiException) cause)
                    .problems().stream()
                            .filter(p -> field.equals(p.field()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no problem names " + field + " in " + refusal));
            assertThat(problem.message()).as("a sentence in Chinese").containsPattern("\\p{IsHan}");
            assertThat(refusal.getMessage())
                    .as("the message Tasklist shows")
                    .contains(problem.message())
                    .doesNotContain(field);
        };
    }
}
