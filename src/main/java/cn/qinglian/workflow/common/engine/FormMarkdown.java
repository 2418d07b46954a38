package cn.qinglian.workflow.common.engine;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Text a person typed, made safe to place in a Camunda Form's text component, which renders
 * Markdown: shown as typed (no "*" turning into emphasis, no "#" into a heading), line breaks kept.
 */
public final class FormMarkdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");

    private FormMarkdown() {
    }

    public static String literal(String text) {
        if (text == null || text.isBlank()) {
            return "（无）";
        }
        return SPECIAL.matcher(text.strip().replace("\r", "")).replaceAll("\\\\$1").replace("\n", "  \n");
    }

    /** "2027年3月31日", as every form and list in the app writes a day. */
    public static String day(LocalDate day) {
        return day == null ? "（未定）" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
