/**
 * 制度汇编: the register of the rules the agency works by (国家/省/市/委内, 现行/已修订/已废止 with what replaced
 * them), the yearly compilation in chapters published as a PDF, the members' study confirmation of it with
 * coverage per unit, the yearly 立改废 review, the 台账 and the figures the report card reads.
 */
@ApplicationModule(
        displayName = "制度汇编",
        allowedDependencies = {
            "org",
            "notice",
            "common::base",
            "common::audit",
            "common::error",
            "common::export",
            "common::files",
            "common::pdf",
            "common::security"
        })
package cn.qinglian.workflow.regulation;

import org.springframework.modulith.ApplicationModule;
