package cn.qinglian.workflow.org;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a person does in the organisation. Each role is a Camunda group ({@link #groupId()}), so
 * candidate groups, Tasklist filters and authorizations can name it.
 */
public enum Role {
    SECRETARY("党组书记", "role-secretary"),
    LEADERSHIP_MEMBER("班子成员", "role-leadership"),
    UNIT_HEAD("单位负责人", "role-unit-head", "处室负责人", "单位/处室负责人"),
    BRANCH_SECRETARY("支部书记", "role-branch-secretary"),
    DISCIPLINE_INSPECTOR("纪检委员", "role-inspector"),
    PARTY_OFFICE("党务工作人员", "role-party-office", "党办"),
    PARTY_MEMBER("党员", "role-member");

    private final String label;
    private final String groupId;
    private final List<String> aliases;

    Role(String label, String groupId, String... aliases) {
        this.label = label;
        this.groupId = groupId;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    public String groupId() {
        return groupId;
    }

    public static Optional<Role> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(r ->
                        r.label.equals(t) || r.aliases.contains(t) || r.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
