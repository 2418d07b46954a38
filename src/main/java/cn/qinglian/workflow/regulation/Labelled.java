package cn.qinglian.workflow.regulation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value of the register's vocabulary with its Chinese label. */
interface Labelled {

    String label();

    String name();

    /** The labels of the values, as a refusal lists what is accepted: "国家、省、市、委内". */
    static String of(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::label).collect(Collectors.joining("、"));
    }

    /** The value whose Chinese label or code the text is. */
    static <T extends Labelled> Optional<T> parse(T[] values, String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values)
                .filter(v -> v.label().equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
