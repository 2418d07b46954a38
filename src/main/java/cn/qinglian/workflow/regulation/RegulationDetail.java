package cn.qinglian.workflow.regulation;

/** A regulation with its full text (may be empty when only a file is attached). */
public record RegulationDetail(Regulation regulation, String text) {}
