package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** Every bad field of a request, collected before anything is written, refused together (400). */
final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(FieldProblem.of(field, message));
    }

    void required(String field, Object value, String message) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, message);
        }
    }

    void maxLength(String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            add(field, label + "不超过 " + max + " 字");
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny(String what) {
        if (!found.isEmpty()) {
            throw ApiException.invalid(
                    "validation",
                    what + "有 " + found.size() + " 处问题：" + found.get(0).message(),
                    found);
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
