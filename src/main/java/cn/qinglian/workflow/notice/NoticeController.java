package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.notice.NoticeViews.ChannelInfo;
import cn.qinglian.workflow.notice.NoticeViews.MyPage;
import cn.qinglian.workflow.notice.NoticeViews.PageOf;
import cn.qinglian.workflow.notice.NoticeViews.Sent;
import cn.qinglian.workflow.notice.NoticeViews.Settings;
import cn.qinglian.workflow.org.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices over REST: everyone's own messages (the 消息 bell) and channel settings; for the Party office
 * and administrators, what was sent to whom and how it went, resending failures, and the defaults.
 */
@Tag(name = "消息通知", description = "我的消息、已读、渠道设置、发送记录与重发")
@RestController
@RequestMapping("/api/notices")
class NoticeController {

    private final NoticeQueries queries;
    private final Preferences preferences;
    private final Routes routes;

    NoticeController(NoticeQueries queries, Preferences preferences, Routes routes) {
        this.queries = queries;
        this.preferences = preferences;
        this.routes = routes;
    }

    @Operation(summary = "我的消息（分页）")
    @GetMapping("/mine")
    MyPage mine(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.mine(user.userId(), unread, page, size);
    }

    @Operation(summary = "标记一条消息已读")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        queries.markRead(id, user.userId());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "全部标记已读")
    @PostMapping("/mine/read")
    Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("marked", queries.markAllRead(user.userId()));
    }

    @Operation(summary = "我的通知渠道设置")
    @GetMapping("/settings")
    Settings mySettings(@AuthenticationPrincipal CurrentUser user) {
        return new Settings(preferences.of(user.userId()), channels(), false);
    }

    @Operation(summary = "保存我的通知渠道设置")
    @PutMapping("/settings")
    Settings saveMySettings(
            @RequestBody(required = false) Preferences.PreferenceInput input,
            @AuthenticationPrincipal CurrentUser user) {
        return new Settings(preferences.save(user.userId(), input), channels(), false);
    }

    @Operation(summary = "默认通知渠道设置")
    @GetMapping("/settings/defaults")
    Settings defaults(@AuthenticationPrincipal CurrentUser user) {
        requireOffice(user);
        return new Settings(preferences.defaults(), channels(), true);
    }

    @Operation(summary = "保存默认通知渠道设置")
    @PutMapping("/settings/defaults")
    Settings saveDefaults(
            @RequestBody(required = false) Preferences.PreferenceInput input,
            @AuthenticationPrincipal CurrentUser user) {
        requireOffice(user);
        return new Settings(preferences.save(Preferences.DEFAULTS, input), channels(), true);
    }

    @Operation(summary = "通知发送记录（分页）")
    @GetMapping
    PageOf<Sent> search(
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        requireOffice(user);
        return queries.search(person, process, status, page, size);
    }

    @Operation(summary = "重发一条通知")
    @PostMapping("/deliveries/{id}/resend")
    Map<String, Integer> resend(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        requireOffice(user);
        return Map.of("resent", queries.resend(id));
    }

    @Operation(summary = "重发所有失败的通知")
    @PostMapping("/deliveries/resend-failed")
    Map<String, Integer> resendFailed(@AuthenticationPrincipal CurrentUser user) {
        requireOffice(user);
        return Map.of("resent", queries.resend(null));
    }

    private List<ChannelInfo> channels() {
        return routes.all().stream()
                .map(c -> new ChannelInfo(c.id(), c.label(), c.enabled()))
                .toList();
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.isAdmin() && !user.inGroup(Role.PARTY_OFFICE.groupId())) {
            throw ApiException.forbidden("只有党务工作人员或管理员可以查看和管理消息发送记录。");
        }
    }
}
