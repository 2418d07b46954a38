/**
 * Notices (消息通知): every 待办, 退回, 转办, 催办, reminder, escalation, 抄送 and 办结 reaches its person
 * in the app (站内) and over the channels they use (e-mail, 钉钉, 浙政钉, 企业微信). Written as an outbox in
 * the transaction of the event; delivered after commit by {@link cn.qinglian.workflow.notice.Dispatcher}.
 * Features call {@link cn.qinglian.workflow.notice.Notices}; task and process events come from the engine.
 */
@ApplicationModule(
        displayName = "消息通知",
        allowedDependencies = {"org", "common::base", "common::engine", "common::error", "common::security"})
package cn.qinglian.workflow.notice;

import org.springframework.modulith.ApplicationModule;
