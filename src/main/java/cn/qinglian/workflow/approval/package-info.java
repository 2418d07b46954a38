/**
 * The approval operations on any step of any process (退回, 转办, 委派, 加签, 撤回, 催办, 抄送), the 待办/已办 lists and
 * the 审批记录 timeline. Knows no feature: it reads the process models.
 */
@ApplicationModule(
        displayName = "审批操作",
        allowedDependencies = {
            "org",
            "notice",
            "signature",
            "common::audit",
            "common::engine",
            "common::error",
            "common::security"
        })
package cn.qinglian.workflow.approval;

import org.springframework.modulith.ApplicationModule;
