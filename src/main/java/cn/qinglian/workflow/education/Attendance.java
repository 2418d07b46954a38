package cn.qinglian.workflow.education;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One expected person at a session: signed in (how and when), excused (leave approved), 补学 confirmed. */
public record Attendance(
        long sessionId,
        String personId,
        String personName,
        String unitId,
        String unitName,
        Instant signedInAt,
        String signedInBy,
        boolean excused,
        Instant madeUpAt,
        String madeUpNote) {

    /** 已签到, 请假 (approved), or 未签到 — 缺席 once the session is over. */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return signedInAt != null ? "已签到" : excused ? "请假" : "未签到";
    }
}
