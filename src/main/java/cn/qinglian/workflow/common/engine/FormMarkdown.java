package cn.qinglian.workflow.common.engine;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Text a person typed, made safe to place in a Camunda Form's text component, which renders
 * Markdown: shown as typed (no "*" turning into emphasis, no "#" into a heading), line breaks kept.
 */
public final class FormMarkdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!|<>~=])");

    /** Below the column's 4,000, leaving room for the cut mark. */
    static final int MAX_TEXT = 3_900;

    static final String CUT = "……（内容较长，详见台账）";

    private FormMarkdown() {}

    public static String literal(String text) {
        if (text == null || text.isBlank()) {
            return "（无）";
        }
        return SPECIAL.matcher(text.strip().replace("\r", ""))
                .replaceAll("\\\\$1")
                .replace("\n", "  \n");
    }

    /** The text {@link #literal} made, as it was typed (for a list or a phone page that shows plain text). */
    public static String plain(String markdown) {
        return markdown == null ? null : markdown.replace("  \n", "\n").replaceAll("\\\\(.)", "$1");
    }

    /**
     * Text kept as a task variable fits ACT_RU_VARIABLE.TEXT_ (4,000 characters): a longer one is cut,
     * never mid-escape, and says where the rest is.
     */
    public static String capped(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - CUT.length();
        while (end > 0 && (text.charAt(end - 1) == '\\' || Character.isHighSurrogate(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    /** "2027年3月31日", as every form and list in the app writes a day. */
    public static String day(LocalDate day) {
        return day == null ? "（未定）" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
