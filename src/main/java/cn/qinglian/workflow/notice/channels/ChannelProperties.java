package cn.qinglian.workflow.notice.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.notice.channels.*}: each channel is on when its credentials are set, and they come
 * from the environment only (application.yaml names the variables). {@code toString} never shows a secret.
 */
@ConfigurationProperties("qinglian.notice.channels")
public record ChannelProperties(Mail mail, DingTalk dingtalk, Zzd zzd, WeCom wecom, Duration timeout) {

    public ChannelProperties {
        mail = mail == null ? new Mail(null, false) : mail;
        dingtalk = dingtalk == null ? new DingTalk(null, null, null, null) : dingtalk;
        zzd = zzd == null ? new Zzd(null, null, null, null, null, null, null) : zzd;
        wecom = wecom == null ? new WeCom(null, null, null, null) : wecom;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    /** E-mail over Spring Boot's {@code spring.mail.*}; {@code logOnly} (the demo) writes to the log instead. */
    public record Mail(String from, boolean logOnly) {
        public Mail {
            from = from == null || from.isBlank() ? "qinglian-noreply@localhost" : from;
        }
    }

    /** 钉钉 工作通知 of an internal app: AppKey, AppSecret, AgentId. */
    public record DingTalk(String baseUrl, String appKey, String appSecret, String agentId) {
        public DingTalk {
            baseUrl = trimmed(baseUrl, "https://oapi.dingtalk.com");
        }

        boolean configured() {
            return present(appKey) && present(appSecret) && present(agentId);
        }

        @Override
        public String toString() {
            return "DingTalk[" + baseUrl + ", appKey=" + appKey + ", agentId=" + agentId + ", appSecret=***]";
        }
    }

    /** 浙政钉 (专有钉钉) work notification through the government gateway, signed with the app's key and secret. */
    public record Zzd(
            String baseUrl,
            String appKey,
            String appSecret,
            String tenantId,
            String organizationCode,
            String clientIp,
            String clientMac) {
        public Zzd {
            baseUrl = trimmed(baseUrl, "https://openplatform-pro.ding.zj.gov.cn");
            clientIp = clientIp == null || clientIp.isBlank() ? "127.0.0.1" : clientIp;
            clientMac = clientMac == null || clientMac.isBlank() ? "00:00:00:00:00:00" : clientMac;
        }

        boolean configured() {
            return present(appKey) && present(appSecret) && present(tenantId);
        }

        @Override
        public String toString() {
            return "Zzd[" + baseUrl + ", appKey=" + appKey + ", tenantId=" + tenantId + ", appSecret=***]";
        }
    }

    /** 企业微信 application message: CorpID, the app's Secret and AgentId. */
    public record WeCom(String baseUrl, String corpId, String secret, String agentId) {
        public WeCom {
            baseUrl = trimmed(baseUrl, "https://qyapi.weixin.qq.com");
        }

        boolean configured() {
            return present(corpId) && present(secret) && present(agentId);
        }

        @Override
        public String toString() {
            return "WeCom[" + baseUrl + ", corpId=" + corpId + ", agentId=" + agentId + ", secret=***]";
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimmed(String url, String fallback) {
        return url == null || url.isBlank() ? fallback : url.replaceAll("/+$", "");
    }
}
