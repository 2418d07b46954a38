package cn.qinglian.workflow.common.security;

import java.util.List;

/**
 * Who is calling, as Camunda knows them: the user id and the groups (units, roles and
 * {@code camunda-admin}). The principal of every authenticated {@code /api} request.
 */
public record CurrentUser(String userId, List<String> groupIds) {

    public static final String ADMIN_GROUP = "camunda-admin";

    public CurrentUser {
        groupIds = List.copyOf(groupIds);
    }

    public boolean isAdmin() {
        return groupIds.contains(ADMIN_GROUP);
    }

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    @Override
    public String toString() {
        return userId;
    }
}
