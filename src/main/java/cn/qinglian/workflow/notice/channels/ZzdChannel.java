package cn.qinglian.workflow.notice.channels;

import cn.qinglian.workflow.org.Person;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 浙政钉 (专有钉钉) work notification ({@code /message/workNotification}) through the government gateway.
 * The gateway authenticates each request by its HMAC-SHA256 signature headers (no access token), and
 * de-duplicates by {@code bizMsgId}: the delivery's id, so a retry after a lost answer is not shown twice.
 */
@Component
@Order(3)
class ZzdChannel implements Channel {

    static final String PATH = "/message/workNotification";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneId.of("Asia/Shanghai"));

    private final ChannelProperties.Zzd config;
    private final JsonHttp http;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ZzdChannel(ChannelProperties properties, ObjectMapper json, Clock clock) {
        this.config = properties.zzd();
        this.http = new JsonHttp(json, properties.timeout());
        this.clock = clock;
    }

    @Override
    public String id() {
        return "zzd";
    }

    @Override
    public String label() {
        return "浙政钉";
    }

    @Override
    public boolean enabled() {
        return config.configured();
    }

    @Override
    public Optional<String> address(Person person) {
        return Optional.ofNullable(person.contacts().zzdId()).filter(id -> !id.isBlank());
    }

    @Override
    public boolean oneIdenticalPerDay() {
        return true;
    }

    @Override
    public Reply send(Outgoing message) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("receiverIds", message.address());
        params.put("tenantId", config.tenantId());
        if (config.organizationCode() != null && !config.organizationCode().isBlank()) {
            params.put("organizationCodes", config.organizationCode());
        }
        params.put("bizMsgId", "qinglian-" + message.id());
        try {
            params.put("msg", http.json().writeValueAsString(ActionCard.of(message)));
        } catch (JsonProcessingException e) {
            return Reply.giveUp("消息无法生成");
        }
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            JsonNode answer = http.postForm(config.baseUrl() + PATH, form, signedHeaders("POST", PATH, params));
            if (answer.path("success").asBoolean(false)
                    && !answer.path("content").path("success").asText("true").equals("false")) {
                return Reply.delivered();
            }
            String why = "浙政钉错误 " + errorCode(answer) + "：" + errorMessage(answer);
            if (why.contains("重复")) {
                return Reply.delivered(); // this bizMsgId went out before; the answer was lost
            }
            return why.contains("限流")
                            || why.toLowerCase().contains("throttl")
                            || why.toLowerCase().contains("limit")
                    ? Reply.retryAfter(why, Duration.ofMinutes(1))
                    : Reply.giveUp(why);
        } catch (JsonHttp.Failure failure) {
            return failure.reply();
        }
    }

    /**
     * The gateway's signature: Base64(HmacSHA256(secret, "POST\n" + timestamp + "\n" + nonce + "\n" + path
     * + "\n" + params)), the parameters sorted by name, case-insensitively, as name=value joined by "&",
     * unencoded.
     */
    Map<String, String> signedHeaders(String method, String path, Map<String, String> params) {
        String timestamp = TIMESTAMP.format(clock.instant());
        String nonce = clock.millis() + String.format("%04d", random.nextInt(10_000));
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                sorted.put(k, v);
            }
        });
        StringBuilder text = new StringBuilder()
                .append(method)
                .append('\n')
                .append(timestamp)
                .append('\n')
                .append(nonce)
                .append('\n')
                .append(path);
        if (!sorted.isEmpty()) {
            text.append('\n')
                    .append(sorted.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("&")));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("apiKey", config.appKey());
        headers.put("X-Hmac-Auth-Timestamp", timestamp);
        headers.put("X-Hmac-Auth-Version", "1.0");
        headers.put("X-Hmac-Auth-Nonce", nonce);
        headers.put("X-Hmac-Auth-Signature", hmac(text.toString()));
        headers.put("X-Hmac-Auth-IP", config.clientIp());
        headers.put("X-Hmac-Auth-MAC", config.clientMac());
        return headers;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String errorCode(JsonNode answer) {
        for (String field : new String[] {"errorCode", "Code", "bizErrorCode"}) {
            if (answer.hasNonNull(field)) {
                return answer.get(field).asText();
            }
        }
        return answer.path("content").path("responseCode").asText("?");
    }

    private static String errorMessage(JsonNode answer) {
        for (String field : new String[] {"errorMsg", "Message", "message"}) {
            if (answer.hasNonNull(field)) {
                return answer.get(field).asText();
            }
        }
        return answer.path("content").path("responseMessage").asText("");
    }
}
