package cn.qinglian.workflow.notice.channels;

import cn.qinglian.workflow.org.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 钉钉 工作通知 (oapi {@code topapi/message/corpconversation/asyncsend_v2}) as an action card that opens
 * the task. The access token ({@code gettoken}, 7,200 s) is cached and fetched again when refused.
 * 钉钉 delivers one identical message per person per day and drops the rest without an error, so
 * the dispatcher merges repeats instead of sending them.
 */
@Component
@Order(2)
class DingTalkChannel implements Channel {

    /** 40014 不合法的access_token, 42001 access_token超时; topapi wraps them as errcode 88 with a sub_code. */
    private static final Set<String> TOKEN_REFUSED = Set.of("40014", "42001");
    /** 90002 接口调用超过限制, 90005/90006/90018 企业、每分钟、每秒的调用频率. */
    private static final Set<String> RATE_LIMITED = Set.of("90002", "90005", "90006", "90018");

    private final ChannelProperties.DingTalk config;
    private final JsonHttp http;
    private final AccessToken token;

    DingTalkChannel(ChannelProperties properties, ObjectMapper json, Clock clock) {
        this.config = properties.dingtalk();
        this.http = new JsonHttp(json, properties.timeout());
        this.token = new AccessToken(this::fetchToken, clock);
    }

    @Override
    public String id() {
        return "dingtalk";
    }

    @Override
    public String label() {
        return "钉钉";
    }

    @Override
    public boolean enabled() {
        return config.configured();
    }

    @Override
    public Optional<String> address(Person person) {
        return Optional.ofNullable(person.contacts().dingtalkId()).filter(id -> !id.isBlank());
    }

    @Override
    public boolean oneIdenticalPerDay() {
        return true;
    }

    @Override
    public Reply send(Outgoing message) {
        return token.call(accessToken -> sendWith(accessToken, message));
    }

    /** Null when the provider refused the token. */
    private Reply sendWith(String accessToken, Outgoing message) throws JsonHttp.Failure {
        JsonNode answer = http.postJson(
                config.baseUrl() + "/topapi/message/corpconversation/asyncsend_v2?access_token="
                        + URLEncoder.encode(accessToken, StandardCharsets.UTF_8),
                Map.of(
                        "agent_id", Long.parseLong(config.agentId().strip()),
                        "userid_list", message.address(),
                        "msg", ActionCard.of(message)));
        String code = answer.path("errcode").asText("-1");
        String subCode = answer.path("sub_code").asText("");
        if ("0".equals(code)) {
            return Reply.delivered();
        }
        if (TOKEN_REFUSED.contains(code) || TOKEN_REFUSED.contains(subCode)) {
            return null;
        }
        String why = "钉钉错误 " + code + (subCode.isEmpty() ? "" : "/" + subCode) + "："
                + answer.path("errmsg").asText("");
        if (RATE_LIMITED.contains(code) || RATE_LIMITED.contains(subCode)) {
            return Reply.retryAfter(why, Duration.ofMinutes(1));
        }
        return "-1".equals(code) ? Reply.retry(why) : Reply.giveUp(why);
    }

    private AccessToken.Issued fetchToken() throws JsonHttp.Failure {
        JsonNode answer = http.get(config.baseUrl() + "/gettoken?appkey="
                + URLEncoder.encode(config.appKey(), StandardCharsets.UTF_8) + "&appsecret="
                + URLEncoder.encode(config.appSecret(), StandardCharsets.UTF_8));
        if (answer.path("errcode").asInt(-1) != 0 || !answer.hasNonNull("access_token")) {
            String code = answer.path("errcode").asText("?");
            throw new JsonHttp.Failure(
                    "钉钉取 access_token 失败：" + code + " " + answer.path("errmsg").asText(""),
                    RATE_LIMITED.contains(code) || "-1".equals(code));
        }
        return new AccessToken.Issued(
                answer.get("access_token").asText(),
                Duration.ofSeconds(answer.path("expires_in").asLong(7200)));
    }
}
