package cn.qinglian.workflow.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: the field (or column) it concerns and, for files, where.
 * {@code row} is the 1-based row of a spreadsheet, the header being row 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, String file, String sheet, Integer row) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, message, null, null, null);
    }
}
