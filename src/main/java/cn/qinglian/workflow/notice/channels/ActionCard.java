package cn.qinglian.workflow.notice.channels;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The work-notice message 钉钉 and 浙政钉 share: an action card (title, markdown text, one "查看详情"
 * button that opens the task), within the 2,048 bytes a message may hold.
 */
final class ActionCard {

    private static final int MAX_MSG_BYTES = 2048;

    private ActionCard() {}

    static Map<String, Object> of(Outgoing message) {
        String markdown = Texts.fitBytes(
                "### " + Texts.markdownLiteral(message.title()) + "\n\n"
                        + Texts.markdownLiteral(message.text()).replace("\n", "  \n"),
                MAX_MSG_BYTES - 400 - message.link().getBytes(StandardCharsets.UTF_8).length);
        return Map.of(
                "msgtype",
                "action_card",
                "action_card",
                Map.of(
                        "title",
                        Texts.fitBytes(message.title(), 200),
                        "markdown",
                        markdown,
                        "single_title",
                        "查看详情",
                        "single_url",
                        message.link()));
    }
}
