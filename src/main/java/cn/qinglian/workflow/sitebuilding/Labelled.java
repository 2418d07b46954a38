package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value of the ledger's vocabulary with its Chinese label. */
interface Labelled {

    String label();

    /** The labels of the values, as a refusal lists what is accepted: "房建、市政、交通". */
    static String of(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::label).collect(Collectors.joining("、"));
    }
}
