package cn.qinglian.workflow.integritytalk;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of 廉政谈话; 函询 is answered in writing instead of held as a talk. */
public enum TalkKind {
    PRE_APPOINTMENT("任前廉政谈话"),
    REMINDER("提醒谈话"),
    ADMONISHMENT("诫勉谈话"),
    COLLECTIVE("集体廉政谈话"),
    INQUIRY("函询");

    private final String label;

    TalkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A kind by its name or its Chinese label, as a form or a client sends it. */
    static Optional<TalkKind> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t))
                .findFirst();
    }

    /** A talk for several people at once; every other kind concerns one person. */
    boolean collective() {
        return this == COLLECTIVE;
    }
}
