package cn.qinglian.workflow.org;

import java.util.regex.Pattern;

/** Ids of units and people double as Camunda user and group ids, so they share its rules. */
public final class OrgIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
    /** `.` and `..` would be path segments in every URL that names the id. */
    private static final Pattern DOTS_ONLY = Pattern.compile("\\.+");

    private OrgIds() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches() && !DOTS_ONLY.matcher(id).matches();
    }

    public static String unitGroupId(String unitId) {
        return "unit-" + unitId;
    }
}
