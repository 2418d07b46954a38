/**
 * What every feature stands on: time, ids, and in its named interfaces the audit trail, the engine's
 * presentation and variables, errors, spreadsheets in and out, PDF fonts, security and the web layer. Uses no
 * feature. Its base package (ChinaTime, GeneratedId) is the named interface "base".
 */
@ApplicationModule(displayName = "公共基础")
package cn.qinglian.workflow.common;

import org.springframework.modulith.ApplicationModule;
