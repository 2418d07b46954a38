package cn.qinglian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import java.util.function.Consumer;

/** What a refused form must be: a Chinese message without variable names, the field kept for the API. */
public final class Refusals {

    private Refusals() {
    }

    public static Consumer<Throwable> namingField(String field) {
        return refusal -> {
            assertThat(refusal.getMessage()).as("the message Tasklist shows").doesNotContain(field);
            Throwable cause = refusal;
            while (cause != null && !(cause instanceof ApiException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("the refusal behind " + refusal).isInstanceOfSatisfying(ApiException.class,
                    api -> assertThat(api.problems()).extracting(FieldProblem::field).contains(field));
        };
    }
}
