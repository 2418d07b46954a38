package cn.qinglian.workflow.letter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The year's letter as the office drafts it (POST /api/letters); anything left out comes from the template. */
record LetterRequest(
        @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效")
        Integer year,

        @Size(max = 200, message = "标题不超过 200 字") String title,
        @Size(max = 30, message = "责任内容最多 30 条") List<@Size(max = 500, message = "每条责任内容不超过 500 字") String> aspects,
        @Size(max = 2000, message = "班子成员责任不超过 2000 字") String leadershipDuties,
        @Size(max = 2000, message = "单位负责人责任不超过 2000 字") String headDuties,
        @Size(max = 2000, message = "干部责任不超过 2000 字") String cadreDuties) {}
