package cn.qinglian.workflow.integritytalk;

import java.util.List;
import java.util.Map;

/**
 * The year's 廉政谈话 on the report card: how many talks (函询 included, rejected and withdrawn plans not),
 * how many of each kind, and how many were held and confirmed by every person — for the commission and
 * unit by unit. Counts only, never content.
 */
public record TalkFigures(int year, Counts total, List<UnitCounts> units) {

    /** {@code byKind} is keyed by the kind's Chinese label, every kind present. */
    public record Counts(int total, Map<String, Integer> byKind, int confirmed) {}

    public record UnitCounts(String unitId, String unitName, Counts counts) {}
}
