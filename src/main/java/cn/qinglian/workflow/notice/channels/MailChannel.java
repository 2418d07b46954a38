package cn.qinglian.workflow.notice.channels;

import cn.qinglian.workflow.org.Person;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP with Spring Boot's mail support: on when {@code spring.mail.host} is set. In the
 * demo without an SMTP server ({@code log-only}) a message is written to the log as sent instead.
 */
@Component
@Order(1)
class MailChannel implements Channel {

    private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final ChannelProperties.Mail config;

    MailChannel(ObjectProvider<JavaMailSender> senders, ChannelProperties properties) {
        this.senders = senders;
        this.config = properties.mail();
    }

    @Override
    public String id() {
        return "mail";
    }

    @Override
    public String label() {
        return "邮件";
    }

    @Override
    public boolean enabled() {
        return senders.getIfAvailable() != null || config.logOnly();
    }

    @Override
    public Optional<String> address(Person person) {
        return Optional.ofNullable(person.email()).filter(mail -> mail.contains("@"));
    }

    @Override
    public Reply send(Outgoing message) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("演示：邮件未发出（未配置 SMTP）：投递 {} 标题 {}", message.id(), message.title());
            return Reply.delivered();
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(config.from());
            helper.setTo(message.address());
            helper.setSubject("【清廉工作流】" + message.title());
            helper.setText(message.text() + "\n\n办理：" + message.link() + "\n\n（本邮件由系统自动发送，请勿回复。）");
            sender.send(mime);
            return Reply.delivered();
        } catch (MailAuthenticationException e) {
            return Reply.retry("SMTP 认证失败");
        } catch (MailSendException e) {
            return permanent(e) ? Reply.giveUp("收件地址被拒绝") : Reply.retry("SMTP 发送失败：" + causeName(e));
        } catch (MailException | MessagingException e) {
            return Reply.retry("SMTP 发送失败：" + causeName(e));
        }
    }

    /** The server refused the address itself (a 5xx for the recipient), not the connection. */
    private static boolean permanent(MailSendException e) {
        return e.getFailedMessages().values().stream()
                .anyMatch(cause -> cause instanceof SendFailedException failed
                        && failed.getInvalidAddresses() != null
                        && failed.getInvalidAddresses().length > 0);
    }

    private static String causeName(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
