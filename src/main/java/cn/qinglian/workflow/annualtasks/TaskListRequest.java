package cn.qinglian.workflow.annualtasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The year's list as the office creates it (POST /api/task-lists). */
record TaskListRequest(
        @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效")
        Integer year,

        @NotBlank(message = "请填写清单名称") @Size(max = 200, message = "清单名称不超过 200 字")
        String title,

        @NotNull(message = "请填写签收截止日期") LocalDate signOffDue,
        String reportCycle,

        @NotEmpty(message = "清单中没有任务") @Size(max = 500, message = "一份清单最多 500 项任务")
        List<TaskInput> tasks) {}
