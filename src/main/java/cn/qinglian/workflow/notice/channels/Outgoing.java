package cn.qinglian.workflow.notice.channels;

/**
 * One message to one address. {@code id} is unique per delivery and stays the same across retries,
 * so providers that de-duplicate (浙政钉's bizMsgId) recognise a retry.
 */
public record Outgoing(String id, String address, String title, String text, String link) {

    /** Title, text and link as plain lines, for channels without structure. */
    public String plainText() {
        return title + "\n" + text + "\n" + link;
    }
}
