package cn.qinglian.workflow.org;

import java.util.List;
import java.util.Set;

/**
 * A cadre or Party member. {@code supervisedUnitIds} are the units a leadership member 分管.
 * Names may hold characters outside the BMP (生僻字); they are stored and shown as they are.
 */
public record Person(
        String id,
        String name,
        String unitId,
        String post,
        String email,
        boolean active,
        Set<Role> roles,
        List<String> supervisedUnitIds) {

    public Person {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        supervisedUnitIds = supervisedUnitIds == null ? List.of() : List.copyOf(supervisedUnitIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
