package cn.qinglian.workflow.common.engine;

import cn.qinglian.workflow.common.error.ApiException;
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

    private ProcessVariables() {}

    /**
     * A yes/no answer: true, false, "true"/"false", or nothing (false). Anything else — "也许", 1 — is
     * refused rather than read as false, which on an approval would silently mean 退回.
     */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null || value.toString().isBlank()) {
            return false;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw ApiException.invalidField(name, "“" + name + "”应为是或否（true/false），收到的是：" + abbreviate(text));
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    /** True, false, or null when not answered; anything else is refused, as in {@link #flag}. */
    public static Boolean answer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return flag(scope, name);
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
            return value == null || value.toString().isBlank()
                    ? null
                    : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An id the process set; a form that overwrote it with something else is refused. */
    public static long id(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof Number id) {
            return id.longValue();
        }
        throw ApiException.invalidField(name, "“" + name + "”由流程设定，不能在表单中修改");
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
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();
    }
}
