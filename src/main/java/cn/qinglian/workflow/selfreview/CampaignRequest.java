package cn.qinglian.workflow.selfreview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A 查改剖 campaign as the Party office launches it (POST /api/self-review/campaigns). Its scope: the
 * units of {@code unitIds} with everything below them, and the units of {@code ownUnitIds} alone (e.g.
 * the 党组's own people without the whole organisation under it); neither means the whole
 * organisation. No checklist means the built-in one ({@link DefaultChecklist}).
 */
record CampaignRequest(
        @NotBlank(message = "请填写活动名称") @Size(max = 200, message = "活动名称不超过 200 字")
        String name,

        @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效")
        Integer year,

        @NotBlank(message = "请填写活动代号（小写字母、数字和连字符）")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "活动代号只能用小写字母、数字和连字符，不超过 40 个字符")
        String slug,

        List<String> unitIds,
        List<String> ownUnitIds,

        @Size(max = SelfReviewProcess.MAX_ITEMS, message = "检查清单最多 " + SelfReviewProcess.MAX_ITEMS + " 项")
        List<@Valid ChecklistEntry> checklist,

        @NotNull(message = "请填写“查”环节截止日期") LocalDate checkDue,
        @NotNull(message = "请填写“改”环节截止日期") LocalDate correctDue,
        @NotNull(message = "请填写“剖”环节截止日期") LocalDate analyseDue,
        @NotNull(message = "请填写支部书记审核截止日期") LocalDate reviewDue,

        @Min(value = 0, message = "剖析最少字数应为 0–5000") @Max(value = 5000, message = "剖析最少字数应为 0–5000")
        Integer minAnalysisLength,

        @DecimalMin(value = "0", message = "抽查比例应为 0–1") @DecimalMax(value = "1", message = "抽查比例应为 0–1")
        Double spotCheckRate) {

    public static final int DEFAULT_MIN_ANALYSIS_LENGTH = 100;
    public static final double DEFAULT_SPOT_CHECK_RATE = 0.1;

    /** One problem to check against: 政治纪律, 廉洁纪律, … with what to look for. */
    public record ChecklistEntry(
            @NotBlank(message = "请填写检查项") @Size(max = 100, message = "检查项不超过 100 字")
            String title,

            @Size(max = 1000, message = "检查要点不超过 1000 字") String guidance) {}

    public String businessKey() {
        return SelfReviewProcess.BUSINESS_KEY_PREFIX + year + "-" + slug;
    }

    public List<String> unitIdsOrNone() {
        return unitIds == null ? List.of() : unitIds;
    }

    public List<String> ownUnitIdsOrNone() {
        return ownUnitIds == null ? List.of() : ownUnitIds;
    }

    public List<ChecklistEntry> checklistOrDefault() {
        return checklist == null || checklist.isEmpty() ? DefaultChecklist.ITEMS : checklist;
    }

    public int minAnalysisLengthOrDefault() {
        return minAnalysisLength == null ? DEFAULT_MIN_ANALYSIS_LENGTH : minAnalysisLength;
    }

    public double spotCheckRateOrDefault() {
        return spotCheckRate == null ? DEFAULT_SPOT_CHECK_RATE : spotCheckRate;
    }
}
