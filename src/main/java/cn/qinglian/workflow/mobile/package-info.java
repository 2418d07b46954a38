/**
 * 掌上办 (/m/): the phone page members and busy approvers open from a notice — their lists, a task with
 * its own Camunda Form, the approval operations and a handwritten signature. Its front end is built from
 * src/main/mobile into the static resources; this module serves it and keeps a phone's session if asked.
 */
@ApplicationModule(
        displayName = "掌上办",
        allowedDependencies = {"common::error", "common::security"})
package cn.qinglian.workflow.mobile;

import org.springframework.modulith.ApplicationModule;
