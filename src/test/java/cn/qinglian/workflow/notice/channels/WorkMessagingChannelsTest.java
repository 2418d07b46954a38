package cn.qinglian.workflow.notice.channels;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.org.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * 钉钉, 浙政钉 and 企业微信 against a local fake of each provider: the documented request shape, the
 * access token cached and fetched again when refused or expired, rate limits and errors sorted into
 * "try again" and "give up", timeouts, 生僻字 and emoji intact, and no secret or token in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkMessagingChannelsTest {

    private static final String SECRET = "s3cr3t-Appsecret-2094";
    /** A 生僻字 outside the BMP and an emoji: four bytes each in UTF-8. */
    private static final String RARE = "𠀾😀";

    private final ObjectMapper json = new ObjectMapper();
    private final MovableClock clock = new MovableClock();
    private FakeProvider provider;

    @BeforeEach
    void start() throws Exception {
        provider = new FakeProvider();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    private static Person person(Person.Contacts contacts) {
        return new Person("m0001", "张" + RARE, "d01", null, null, true, Set.of(), List.of(), contacts);
    }

    private static Outgoing message(String address) {
        return new Outgoing("42", address, "待办：支部书记审核 · 张" + RARE, "流程：查改剖自查\n请及时办理。", "https://qinglian.example/t/1");
    }

    // --- 钉钉 ------------------------------------------------------------------------------------

    private DingTalkChannel dingTalk(Duration timeout) {
        return new DingTalkChannel(
                new ChannelProperties(
                        null,
                        new ChannelProperties.DingTalk(provider.url(), "ding-key", SECRET, "2094"),
                        null,
                        null,
                        timeout),
                json,
                clock);
    }

    @Test
    void dingTalkSendsAnActionCardWithACachedTokenAndFetchesANewOneWhenItIsRefused(CapturedOutput output)
            throws Exception {
        provider.next("/gettoken", 200, "{\"errcode\":0,\"access_token\":\"tok-1\",\"expires_in\":7200}")
                .next("/gettoken", 200, "{\"errcode\":0,\"access_token\":\"tok-2\",\"expires_in\":7200}")
                .always("/topapi/message/corpconversation/asyncsend_v2", 200, "{\"errcode\":0,\"task_id\":1}");
        DingTalkChannel channel = dingTalk(Duration.ofSeconds(2));
        assertThat(channel.enabled()).isTrue();
        assertThat(channel.address(person(new Person.Contacts(null, "ding-u1", null, null))))
                .contains("ding-u1");
        assertThat(channel.address(person(Person.Contacts.NONE))).isEmpty();

        assertThat(channel.send(message("ding-u1"))).isInstanceOf(Reply.Delivered.class);
        assertThat(channel.send(message("ding-u1"))).isInstanceOf(Reply.Delivered.class);
        assertThat(provider.to("/gettoken")).hasSize(1);
        FakeProvider.Received first =
                provider.to("/topapi/message/corpconversation/asyncsend_v2").get(0);
        assertThat(first.query()).containsEntry("access_token", "tok-1");
        assertThat(provider.to("/gettoken").get(0).query())
                .containsEntry("appkey", "ding-key")
                .containsEntry("appsecret", SECRET);
        JsonNode body = json.readTree(first.body());
        assertThat(body.path("agent_id").asLong()).isEqualTo(2094);
        assertThat(body.path("userid_list").asText()).isEqualTo("ding-u1");
        assertThat(body.path("msg").path("msgtype").asText()).isEqualTo("action_card");
        JsonNode card = body.path("msg").path("action_card");
        assertThat(card.path("title").asText()).isEqualTo("待办：支部书记审核 · 张" + RARE);
        assertThat(card.path("markdown").asText()).contains("张" + RARE).contains("请及时办理。");
        assertThat(card.path("single_url").asText()).isEqualTo("https://qinglian.example/t/1");
        channel.send(new Outgoing(
                "43", "ding-u1", "待办：[点此](http://evil.example) **急**", "请及时办理。", "https://qinglian.example/t/2"));
        String markdown = json.readTree(provider.to("/topapi/message/corpconversation/asyncsend_v2")
                        .get(2)
                        .body())
                .path("msg")
                .path("action_card")
                .path("markdown")
                .asText();
        assertThat(markdown)
                .as("a name cannot make a link or emphasis in the card")
                .contains("［点此］（http://evil.example）")
                .doesNotContain("](")
                .doesNotContain("**");

        // topapi answers a refused token with errcode 88 and the token error as sub_code (the markdown send above was
        // the third)
        provider.next(
                "/topapi/message/corpconversation/asyncsend_v2",
                200,
                "{\"errcode\":88,\"sub_code\":\"42001\",\"sub_msg\":\"access_token超时\"}");
        assertThat(channel.send(message("ding-u1"))).isInstanceOf(Reply.Delivered.class);
        assertThat(provider.to("/gettoken")).hasSize(2);
        List<FakeProvider.Received> sends = provider.to("/topapi/message/corpconversation/asyncsend_v2");
        assertThat(sends.get(sends.size() - 1).query()).containsEntry("access_token", "tok-2");

        // and a token near its end is fetched again before use
        provider.next("/gettoken", 200, "{\"errcode\":0,\"access_token\":\"tok-3\",\"expires_in\":7200}");
        clock.advance(Duration.ofSeconds(7200 - 200));
        assertThat(channel.send(message("ding-u1"))).isInstanceOf(Reply.Delivered.class);
        assertThat(provider.to("/gettoken")).hasSize(3);

        assertThat(output.getAll())
                .doesNotContain(SECRET)
                .doesNotContain("tok-1")
                .doesNotContain("tok-2");
        assertThat(new ChannelProperties.DingTalk(null, "k", SECRET, "1").toString())
                .doesNotContain(SECRET);
    }

    @Test
    void dingTalkRetriesRateLimitsAndServerErrorsAndGivesUpOnWhatWillNotChange() {
        provider.always("/gettoken", 200, "{\"errcode\":0,\"access_token\":\"tok\",\"expires_in\":7200}");
        String send = "/topapi/message/corpconversation/asyncsend_v2";
        provider.next(send, 200, "{\"errcode\":90018,\"errmsg\":\"调用频率超过限制\"}")
                .next(send, 500, "{}")
                .next(send, 200, "{\"errcode\":0}", 3000)
                .next(send, 200, "{\"errcode\":33012,\"errmsg\":\"无效的USERID\"}");
        DingTalkChannel channel = dingTalk(Duration.ofMillis(800));

        Reply limited = channel.send(message("u"));
        assertThat(limited).isInstanceOf(Reply.Retry.class);
        assertThat(((Reply.Retry) limited).after()).isEqualTo(Duration.ofMinutes(1));
        assertThat(channel.send(message("u"))).isInstanceOf(Reply.Retry.class);
        assertThat(channel.send(message("u")))
                .as("a provider that does not answer in time")
                .isInstanceOf(Reply.Retry.class);
        Reply refused = channel.send(message("u"));
        assertThat(refused).isInstanceOf(Reply.GiveUp.class);
        assertThat(((Reply.GiveUp) refused).reason()).contains("33012");
        assertThat(channel.oneIdenticalPerDay()).isTrue();
    }

    // --- 企业微信 ---------------------------------------------------------------------------------

    private WeComChannel weCom() {
        return new WeComChannel(
                new ChannelProperties(
                        null,
                        null,
                        null,
                        new ChannelProperties.WeCom(provider.url(), "corp-1", SECRET, "1000002"),
                        Duration.ofSeconds(2)),
                json,
                clock);
    }

    @Test
    void weComSendsATextCardAndHandlesTokenLimitsAndUnknownMembers(CapturedOutput output) throws Exception {
        provider.next(
                        "/cgi-bin/gettoken",
                        200,
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"wx-1\",\"expires_in\":7200}")
                .next(
                        "/cgi-bin/gettoken",
                        200,
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"wx-2\",\"expires_in\":7200}");
        String send = "/cgi-bin/message/send";
        provider.next(send, 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"a\"}")
                .next(send, 200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")
                .next(send, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}")
                .next(send, 200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")
                .next(send, 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"wx-gone\"}")
                .next(send, 200, "{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");
        WeComChannel channel = weCom();
        assertThat(channel.address(person(new Person.Contacts(null, null, null, "wx-u1"))))
                .contains("wx-u1");
        assertThat(channel.perPersonPerMinute()).isEqualTo(30);

        assertThat(channel.send(message("wx-u1"))).isInstanceOf(Reply.Delivered.class);
        FakeProvider.Received first = provider.to(send).get(0);
        assertThat(first.query()).containsEntry("access_token", "wx-1");
        assertThat(provider.to("/cgi-bin/gettoken").get(0).query())
                .containsEntry("corpid", "corp-1")
                .containsEntry("corpsecret", SECRET);
        JsonNode body = json.readTree(first.body());
        assertThat(body.path("touser").asText()).isEqualTo("wx-u1");
        assertThat(body.path("msgtype").asText()).isEqualTo("textcard");
        assertThat(body.path("agentid").asLong()).isEqualTo(1000002);
        assertThat(body.path("textcard").path("title").asText()).isEqualTo("待办：支部书记审核 · 张" + RARE);
        assertThat(body.path("textcard").path("description").asText()).contains("请及时办理。");
        assertThat(body.path("textcard").path("url").asText()).isEqualTo("https://qinglian.example/t/1");
        assertThat(body.path("textcard").path("description").asText().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(512);
        assertThat(body.path("enable_duplicate_check").asInt()).isEqualTo(1);

        assertThat(channel.send(message("wx-u1")))
                .as("token expired, fetched again")
                .isInstanceOf(Reply.Delivered.class);
        assertThat(provider.to("/cgi-bin/gettoken")).hasSize(2);
        assertThat(channel.send(message("wx-u1"))).isInstanceOf(Reply.Retry.class);
        assertThat(channel.send(message("wx-gone"))).isInstanceOf(Reply.GiveUp.class);
        assertThat(channel.send(message("wx-gone"))).isInstanceOf(Reply.GiveUp.class);
        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain("wx-1");
    }

    // --- 浙政钉 -----------------------------------------------------------------------------------

    @Test
    void zzdSignsEachRequestAndDeDuplicatesByBizMsgId(CapturedOutput output) throws Exception {
        provider.next(ZzdChannel.PATH, 200, "{\"success\":true,\"content\":{\"success\":true,\"data\":\"m1\"}}")
                .next(ZzdChannel.PATH, 502, "{}")
                .next(ZzdChannel.PATH, 200, "{\"success\":false,\"errorCode\":\"233\",\"errorMsg\":\"bizMsgId重复\"}")
                .next(ZzdChannel.PATH, 200, "{\"success\":false,\"errorCode\":\"40078\",\"errorMsg\":\"用户不存在\"}");
        ZzdChannel channel = new ZzdChannel(
                new ChannelProperties(
                        null,
                        null,
                        new ChannelProperties.Zzd(provider.url(), "zzd-key", SECRET, "196729", "GO_1", null, null),
                        null,
                        Duration.ofSeconds(2)),
                json,
                clock);
        assertThat(channel.address(person(new Person.Contacts(null, null, "zzd-8", null))))
                .contains("zzd-8");

        assertThat(channel.send(message("zzd-8"))).isInstanceOf(Reply.Delivered.class);
        FakeProvider.Received sent = provider.to(ZzdChannel.PATH).get(0);
        Map<String, String> form = sent.form();
        assertThat(form)
                .containsEntry("receiverIds", "zzd-8")
                .containsEntry("tenantId", "196729")
                .containsEntry("organizationCodes", "GO_1")
                .containsEntry("bizMsgId", "qinglian-42");
        JsonNode msg = json.readTree(form.get("msg"));
        assertThat(msg.path("msgtype").asText()).isEqualTo("action_card");
        assertThat(msg.path("action_card").path("title").asText()).contains("张" + RARE);
        assertThat(header(sent, "apiKey")).isEqualTo("zzd-key");
        assertThat(header(sent, "X-Hmac-Auth-Version")).isEqualTo("1.0");
        assertThat(header(sent, "X-Hmac-Auth-Timestamp"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00");
        // the gateway's check: the same HMAC over method, timestamp, nonce, path and the sorted parameters
        String signed =
                "POST\n" + header(sent, "X-Hmac-Auth-Timestamp") + "\n" + header(sent, "X-Hmac-Auth-Nonce") + "\n"
                        + ZzdChannel.PATH + "\n"
                        + new TreeMap<>(form)
                                .entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining("&"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(header(sent, "X-Hmac-Auth-Signature"))
                .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))));

        assertThat(channel.send(message("zzd-8"))).isInstanceOf(Reply.Retry.class);
        assertThat(channel.send(message("zzd-8")))
                .as("the same bizMsgId went out before; its answer was lost")
                .isInstanceOf(Reply.Delivered.class);
        assertThat(channel.send(message("zzd-8"))).isInstanceOf(Reply.GiveUp.class);
        assertThat(output.getAll()).doesNotContain(SECRET);
        assertThat(provider.received)
                .allSatisfy(r -> assertThat(r.body() + r.query()).doesNotContain(SECRET));
    }

    @Test
    void aChannelWithoutCredentialsIsOff() {
        ChannelProperties none = new ChannelProperties(null, null, null, null, null);
        assertThat(new DingTalkChannel(none, json, clock).enabled()).isFalse();
        assertThat(new WeComChannel(none, json, clock).enabled()).isFalse();
        assertThat(new ZzdChannel(none, json, clock).enabled()).isFalse();
    }

    private static String header(FakeProvider.Received request, String name) {
        return request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
