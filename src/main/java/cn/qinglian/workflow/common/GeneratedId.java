package cn.qinglian.workflow.common;

import org.springframework.modulith.NamedInterface;

/** Receives the id the database generated for a MyBatis insert ({@code keyProperty="key.value"}). */
@NamedInterface("base")
public final class GeneratedId {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
