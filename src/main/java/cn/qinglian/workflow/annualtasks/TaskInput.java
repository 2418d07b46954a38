package cn.qinglian.workflow.annualtasks;

import java.time.LocalDate;
import java.util.List;

/**
 * One task as the office enters it (JSON) or as a spreadsheet row gives it. Units and the leader
 * may be given by id or by name; {@code row} is the spreadsheet row (null for JSON).
 */
record TaskInput(
        Integer itemNo,
        String content,
        String sourceList,
        String responsibility,
        String leadUnit,
        List<String> cooperatingUnits,
        String leader,
        LocalDate deadline,
        String milestones,
        Integer row) {}
