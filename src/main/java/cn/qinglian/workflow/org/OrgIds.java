package cn.qinglian.workflow.org;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ids of units and people double as Camunda user and group ids, so they share its rules. */
public final class OrgIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
    /** `.` and `..` would be path segments in every URL that names the id. */
    private static final Pattern DOTS_ONLY = Pattern.compile("\\.+");
    /** A picked person or unit: a name, then its id in full- or half-width brackets. */
    private static final Pattern CHOICE = Pattern.compile(".*[（(]\\s*([A-Za-z0-9_.-]{1,60})\\s*[）)]");

    private OrgIds() {}

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches() && !DOTS_ONLY.matcher(id).matches();
    }

    /**
     * The id in what a form's picker fills in — "张三（m0514）" or "办公室 (d01)" — or the text as
     * typed when it names no id that way.
     */
    public static String chosen(String text) {
        if (text == null) {
            return null;
        }
        Matcher choice = CHOICE.matcher(text.strip());
        return choice.matches() ? choice.group(1) : text.strip();
    }

    public static String unitGroupId(String unitId) {
        return "unit-" + unitId;
    }
}
