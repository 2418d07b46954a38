package cn.qinglian.workflow.notice.channels;

import java.nio.charset.StandardCharsets;

/** Cutting text to a provider's byte limits without splitting a character (生僻字 and emoji take four bytes). */
final class Texts {

    private Texts() {}

    static String fitBytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = Math.max(maxBytes - 3, 0); // "…" is three bytes
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept.append('…').toString();
    }

    /**
     * Text as it is, inside a 钉钉/浙政钉 markdown card: the characters that make links, emphasis, headings
     * and quotes become their full-width forms, so that a name like "[点此](http://…)" stays a name.
     */
    static String markdownLiteral(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '[' -> out.append('［');
                case ']' -> out.append('］');
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                case '*' -> out.append('＊');
                case '_' -> out.append('＿');
                case '#' -> out.append('＃');
                case '`' -> out.append('｀');
                case '>' -> out.append('＞');
                case '<' -> out.append('＜');
                case '!' -> out.append('！');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
