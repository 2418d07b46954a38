package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** One judge's scores on the four criteria: 选题 25, 举措 25, 成效 30, 示范 20 (100 in all). */
record ScoreSheet(Integer topic, Integer measures, Integer results, Integer demonstration, String comment) {

    static final int TOPIC_MAX = 25;
    static final int MEASURES_MAX = 25;
    static final int RESULTS_MAX = 30;
    static final int DEMONSTRATION_MAX = 20;

    int total() {
        return topic + measures + results + demonstration;
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        check(ProjectProcess.VAR_SCORE_TOPIC, "选题", topic, TOPIC_MAX, problems);
        check(ProjectProcess.VAR_SCORE_MEASURES, "举措", measures, MEASURES_MAX, problems);
        check(ProjectProcess.VAR_SCORE_RESULTS, "成效", results, RESULTS_MAX, problems);
        check(ProjectProcess.VAR_SCORE_DEMONSTRATION, "示范", demonstration, DEMONSTRATION_MAX, problems);
        if (comment != null && comment.length() > 2000) {
            problems.add(FieldProblem.of(ProjectProcess.VAR_COMMENT, "评语不超过 2000 字"));
        }
        return problems;
    }

    private static void check(String field, String label, Integer value, int max, List<FieldProblem> problems) {
        if (value == null || value < 0 || value > max) {
            problems.add(FieldProblem.of(field, label + "应为 0–" + max + " 分"));
        }
    }
}
