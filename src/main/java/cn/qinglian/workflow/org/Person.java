package cn.qinglian.workflow.org;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * A cadre or Party member. {@code supervisedUnitIds} are the units a leadership member 分管.
 * Names may hold characters outside the BMP (生僻字); they are stored and shown as they are.
 * {@code contacts} are where notices reach the person; the people list does not show them to others.
 */
public record Person(
        String id,
        String name,
        String unitId,
        String post,
        String email,
        boolean active,
        Set<Role> roles,
        List<String> supervisedUnitIds,
        @JsonIgnore Contacts contacts) {

    public Person {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        supervisedUnitIds = supervisedUnitIds == null ? List.of() : List.copyOf(supervisedUnitIds);
        contacts = contacts == null ? Contacts.NONE : contacts;
    }

    public Person(
            String id,
            String name,
            String unitId,
            String post,
            String email,
            boolean active,
            Set<Role> roles,
            List<String> supervisedUnitIds) {
        this(id, name, unitId, post, email, active, roles, supervisedUnitIds, Contacts.NONE);
    }

    /** 手机, 钉钉 user id, 浙政钉 account id and 企业微信 user id; each may be missing. */
    public record Contacts(String mobile, String dingtalkId, String zzdId, String wecomId) {

        public static final Contacts NONE = new Contacts(null, null, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
