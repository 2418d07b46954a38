package cn.qinglian.workflow.notice.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail channel against a real SMTP server in the test JVM (GreenMail). */
class MailChannelTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MailChannel channel(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(timeouts);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new MailChannel(
                beans.getBeanProvider(JavaMailSender.class),
                new ChannelProperties(
                        new ChannelProperties.Mail("qinglian@commission.example", false),
                        null,
                        null,
                        null,
                        Duration.ofSeconds(2)));
    }

    @Test
    void sendsTheTitleTextAndLinkInUtf8() throws Exception {
        MailChannel channel = channel(smtp.getSmtp().getPort());
        assertThat(channel.enabled()).isTrue();

        Reply reply = channel.send(new Outgoing(
                "7",
                "m0001@commission.example",
                "待办：支部书记审核 · 张𠀾😀",
                "流程：查改剖自查\n请及时办理。",
                "https://qinglian.example/t/1"));

        assertThat(reply).isInstanceOf(Reply.Delivered.class);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【清廉工作流】待办：支部书记审核 · 张𠀾😀");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("m0001@commission.example");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("qinglian@commission.example");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(received[0].getContent().toString()).contains("请及时办理。").contains("https://qinglian.example/t/1");
        assertThat(body).isNotBlank();
    }

    @Test
    void anSmtpServerThatIsDownIsTriedAgainLater() {
        Reply reply = channel(1).send(new Outgoing("8", "m0001@commission.example", "待办", "请及时办理。", "https://x"));
        assertThat(reply).isInstanceOf(Reply.Retry.class);
    }
}
