package cn.qinglian.workflow.notice.channels;

import cn.qinglian.workflow.org.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 企业微信 application message ({@code cgi-bin/message/send}) as a text card that opens the task. The
 * access token ({@code cgi-bin/gettoken}) is cached and fetched again when refused. 企业微信 drops what
 * exceeds 30 messages per member per minute, so the dispatcher holds the rest back.
 */
@Component
@Order(4)
class WeComChannel implements Channel {

    /** 40014 不合法的access_token, 42001 access_token已过期. */
    private static final Set<Integer> TOKEN_REFUSED = Set.of(40014, 42001);
    /** 45009 接口调用超过限制, 45033 接口并发调用超过限制, -1 系统繁忙. */
    private static final Set<Integer> TRY_LATER = Set.of(45009, 45033, -1);

    private final ChannelProperties.WeCom config;
    private final JsonHttp http;
    private final AccessToken token;

    WeComChannel(ChannelProperties properties, ObjectMapper json, Clock clock) {
        this.config = properties.wecom();
        this.http = new JsonHttp(json, properties.timeout());
        this.token = new AccessToken(this::fetchToken, clock);
    }

    @Override
    public String id() {
        return "wecom";
    }

    @Override
    public String label() {
        return "企业微信";
    }

    @Override
    public boolean enabled() {
        return config.configured();
    }

    @Override
    public Optional<String> address(Person person) {
        return Optional.ofNullable(person.contacts().wecomId()).filter(id -> !id.isBlank());
    }

    @Override
    public int perPersonPerMinute() {
        return 30;
    }

    @Override
    public Reply send(Outgoing message) {
        return token.call(accessToken -> sendWith(accessToken, message));
    }

    /** Null when the provider refused the token. */
    private Reply sendWith(String accessToken, Outgoing message) throws JsonHttp.Failure {
        JsonNode answer = http.postJson(
                config.baseUrl() + "/cgi-bin/message/send?access_token="
                        + URLEncoder.encode(accessToken, StandardCharsets.UTF_8),
                Map.of(
                        "touser",
                        message.address(),
                        "msgtype",
                        "textcard",
                        "agentid",
                        Long.parseLong(config.agentId().strip()),
                        "textcard",
                        textCard(message),
                        // A retry after a lost answer is not shown twice.
                        "enable_duplicate_check",
                        1,
                        "duplicate_check_interval",
                        1800));
        int code = answer.path("errcode").asInt(-1);
        if (code == 0) {
            Set<String> invalid = Arrays.stream(
                            answer.path("invaliduser").asText("").split("\\|"))
                    .filter(s -> !s.isBlank())
                    .collect(Collectors.toSet());
            return invalid.contains(message.address())
                    ? Reply.giveUp("企业微信账号无效：" + message.address())
                    : Reply.delivered();
        }
        if (TOKEN_REFUSED.contains(code)) {
            return null;
        }
        String why = "企业微信错误 " + code + "：" + answer.path("errmsg").asText("");
        return TRY_LATER.contains(code) ? Reply.retryAfter(why, Duration.ofMinutes(1)) : Reply.giveUp(why);
    }

    /** Title ≤ 128 bytes, description ≤ 512 bytes (longer is cut by 企业微信 itself). */
    private static Map<String, Object> textCard(Outgoing message) {
        String description = Arrays.stream(message.text().split("\n"))
                .map(line -> "<div class=\"normal\">" + Texts.html(line) + "</div>")
                .collect(Collectors.joining());
        if (description.getBytes(StandardCharsets.UTF_8).length > 512) {
            description = Texts.html(Texts.fitBytes(message.text().replace("\n", " "), 500));
        }
        return Map.of(
                "title",
                Texts.fitBytes(message.title(), 128),
                "description",
                description,
                "url",
                message.link(),
                "btntxt",
                "详情");
    }

    private AccessToken.Issued fetchToken() throws JsonHttp.Failure {
        JsonNode answer = http.get(config.baseUrl() + "/cgi-bin/gettoken?corpid="
                + URLEncoder.encode(config.corpId(), StandardCharsets.UTF_8) + "&corpsecret="
                + URLEncoder.encode(config.secret(), StandardCharsets.UTF_8));
        int code = answer.path("errcode").asInt(-1);
        if (code != 0 || !answer.hasNonNull("access_token")) {
            throw new JsonHttp.Failure(
                    "企业微信取 access_token 失败：" + code + " "
                            + answer.path("errmsg").asText(""),
                    TRY_LATER.contains(code));
        }
        return new AccessToken.Issued(
                answer.get("access_token").asText(),
                Duration.ofSeconds(answer.path("expires_in").asLong(7200)));
    }
}
