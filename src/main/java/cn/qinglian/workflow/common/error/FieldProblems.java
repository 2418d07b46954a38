package cn.qinglian.workflow.common.error;

import java.util.ArrayList;
import java.util.List;

/** Every bad field of a request, collected before anything is written, refused together (400 naming each). */
public final class FieldProblems {

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(FieldProblem.of(field, message));
    }

    public void required(String field, Object value, String message) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, message);
        }
    }

    public void maxLength(String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            add(field, label + "不超过 " + max + " 字");
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny(String what) {
        if (!found.isEmpty()) {
            throw ApiException.invalid(
                    "validation",
                    what + "有 " + found.size() + " 处问题：" + found.get(0).message(),
                    found);
        }
    }

    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
