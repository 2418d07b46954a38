package cn.qinglian.workflow.education;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session to hold ({@code POST /api/education/sessions}): times in China time; who is expected as whole
 * units (with the units under them), roles (e.g. {@code BRANCH_SECRETARY}) and named people, together.
 */
record SessionRequest(
        @NotNull(message = "请选择学习类型") SessionKind kind,

        @NotBlank(message = "请填写学习主题") @Size(max = 200, message = "学习主题不超过 200 字")
        String topic,

        @Size(max = 100, message = "主讲人不超过 100 字") String speaker,

        @NotNull(message = "请填写开始时间") LocalDateTime startsAt,

        @NotNull(message = "请填写结束时间") LocalDateTime endsAt,

        @Size(max = 200, message = "地点不超过 200 字") String place,

        @Size(max = 500, message = "线上链接不超过 500 字") String onlineLink,

        @Size(max = 4000, message = "学习材料不超过 4000 字") String materials,

        /** The organising unit; the organiser's own when blank. */
        String unitId,

        List<String> expectedUnits,
        List<String> expectedRoles,
        List<String> expectedPeople) {

    SessionRequest {
        expectedUnits = expectedUnits == null ? List.of() : expectedUnits;
        expectedRoles = expectedRoles == null ? List.of() : expectedRoles;
        expectedPeople = expectedPeople == null ? List.of() : expectedPeople;
    }
}
