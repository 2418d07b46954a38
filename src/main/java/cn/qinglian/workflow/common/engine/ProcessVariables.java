package cn.qinglian.workflow.common.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Lenient typed reads of process variables as Camunda Forms, Tasklist and REST clients send them
 * (a checkbox may arrive as "true", a number as "3", a date as "2026-12-31" or with a time).
 */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /** True, false, or null when not answered. */
    public static Boolean answer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** The text, trimmed, or null when blank. */
    public static String filled(VariableScope scope, String name) {
        String text = text(scope, name);
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static long id(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }

    /** A date given as yyyy-MM-dd (Camunda Forms' date field), possibly followed by a time; null if unreadable. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String trimmed = text.trim();
            return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A list variable stored as JSON (Java serialization is off), e.g. a multi-instance collection. */
    public static ObjectValue jsonList(List<?> values) {
        return Variables.objectValue(new ArrayList<>(values))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
