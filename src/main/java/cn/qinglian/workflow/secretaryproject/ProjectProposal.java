package cn.qinglian.workflow.secretaryproject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a secretary proposes (领题), over REST ({@code POST /api/secretary-projects}) or in Tasklist's
 * start form, and sends again after a return. The unit is the proposer's own.
 */
record ProjectProposal(
        @NotBlank(message = "请填写项目名称") @Size(max = 100, message = "项目名称不超过 100 字")
        String title,

        @NotBlank(message = "请写明项目要解决的问题") @Size(max = 2000, message = "要解决的问题不超过 2000 字")
        String problem,

        @NotBlank(message = "请写明项目服务的中心工作") @Size(max = 500, message = "服务的中心工作不超过 500 字")
        String businessWork,

        @NotBlank(message = "请填写项目目标") @Size(max = 2000, message = "项目目标不超过 2000 字")
        String goals,

        @NotBlank(message = "请填写主要举措") @Size(max = 3000, message = "主要举措不超过 3000 字")
        String measures,

        @NotBlank(message = "请填写预期成果") @Size(max = 2000, message = "预期成果不超过 2000 字")
        String expectedResults,

        @NotEmpty(message = "至少填写一个里程碑（节点和完成日期）") @Size(max = 6, message = "里程碑不超过 6 个")
        List<@Valid @NotNull(message = "里程碑不能为空") Milestone> milestones,

        @Size(max = 10, message = "项目组成员不超过 10 人") List<@NotBlank(message = "项目组成员不能为空") String> team,

        @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效")
        Integer year) {

    ProjectProposal {
        milestones = milestones == null ? List.of() : milestones;
        team = team == null ? List.of() : team;
    }

    /** A milestone (节点) with the date it is to be reached by. */
    record Milestone(
            @NotBlank(message = "请填写里程碑内容") @Size(max = 200, message = "里程碑内容不超过 200 字")
            String title,

            @NotNull(message = "请填写里程碑完成日期") LocalDate dueDate) {}
}
