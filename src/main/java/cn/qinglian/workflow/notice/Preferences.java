package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.notice.channels.Channel;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's choices and the Party office's defaults (the row of person {@value #DEFAULTS}). */
@Service
class Preferences {

    static final String DEFAULTS = "*";

    private final NoticeMapper mapper;
    private final List<Channel> channels;
    private final NoticeProperties properties;
    private final Clock clock;

    Preferences(NoticeMapper mapper, List<Channel> channels, NoticeProperties properties, Clock clock) {
        this.mapper = mapper;
        this.channels = channels;
        this.properties = properties;
        this.clock = clock;
    }

    /** The office's defaults: every channel, the configured quiet hours, no digest, until the office sets them. */
    @Transactional(readOnly = true)
    public Preference defaults() {
        NoticeMapper.PreferenceRow row = mapper.findPreference(DEFAULTS);
        return row == null ? builtIn() : parse(row);
    }

    @Transactional(readOnly = true)
    public Preference of(String personId) {
        return forPeople(List.of(personId)).get(personId);
    }

    /** Each person's choices, or the defaults for those who made none: one query. */
    @Transactional(readOnly = true)
    public Map<String, Preference> forPeople(Collection<String> personIds) {
        Set<String> ids = new HashSet<>(personIds);
        ids.add(DEFAULTS);
        Map<String, NoticeMapper.PreferenceRow> rows = mapper.findPreferences(ids).stream()
                .collect(Collectors.toMap(NoticeMapper.PreferenceRow::personId, r -> r));
        Preference defaults = rows.containsKey(DEFAULTS) ? parse(rows.get(DEFAULTS)) : builtIn();
        Map<String, Preference> result = new HashMap<>();
        personIds.forEach(id -> result.put(id, rows.containsKey(id) ? parse(rows.get(id)) : defaults));
        return result;
    }

    @Transactional
    public Preference save(String personId, PreferenceInput input) {
        Preference preference = validate(input);
        mapper.deletePreference(personId);
        mapper.insertPreference(
                new NoticeMapper.PreferenceRow(
                        personId,
                        String.join(",", preference.channels()),
                        preference.quietStart() == null
                                ? null
                                : preference.quietStart().toString(),
                        preference.quietEnd() == null
                                ? null
                                : preference.quietEnd().toString(),
                        preference.digest()),
                clock.instant());
        return preference;
    }

    /** A form's choices: channel ids, "HH:mm" times (both empty: no quiet hours), digest. */
    public record PreferenceInput(List<String> channels, String quietStart, String quietEnd, Boolean digest) {}

    private Preference validate(PreferenceInput input) {
        if (input == null) {
            throw ApiException.invalidField("channels", "请提交通知设置。");
        }
        Set<String> known = channels.stream().map(Channel::id).collect(Collectors.toSet());
        List<String> chosen = input.channels() == null
                ? List.of()
                : input.channels().stream().distinct().toList();
        chosen.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw ApiException.invalidField("channels", "未知的通知渠道：" + id + "（可选：" + String.join("、", known) + "）");
        });
        LocalTime start = time("quietStart", input.quietStart());
        LocalTime end = time("quietEnd", input.quietEnd());
        if ((start == null) != (end == null)) {
            throw ApiException.invalidField(start == null ? "quietStart" : "quietEnd", "免打扰时段须同时填写开始和结束时间。");
        }
        return new Preference(chosen, start, end, Boolean.TRUE.equals(input.digest()));
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "时间格式应为 HH:mm，例如 22:00：" + text);
        }
    }

    private Preference builtIn() {
        return new Preference(
                channels.stream().map(Channel::id).toList(), properties.quietStart(), properties.quietEnd(), false);
    }

    private static Preference parse(NoticeMapper.PreferenceRow row) {
        return new Preference(
                row.channels().isBlank()
                        ? List.of()
                        : Arrays.asList(row.channels().split(",")),
                row.quietStart() == null
                        ? null
                        : LocalTime.parse(row.quietStart().strip()),
                row.quietEnd() == null ? null : LocalTime.parse(row.quietEnd().strip()),
                row.digest());
    }
}
