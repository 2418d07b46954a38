/**
 * The 党风廉政建设责任书, signed level by level down the organisation.
 */
@ApplicationModule(
        displayName = "责任书层层签订",
        allowedDependencies = {
            "org",
            "notice",
            "signature",
            "common::base",
            "common::audit",
            "common::engine",
            "common::error",
            "common::export",
            "common::pdf",
            "common::security"
        })
package cn.qinglian.workflow.letter;

import org.springframework.modulith.ApplicationModule;
