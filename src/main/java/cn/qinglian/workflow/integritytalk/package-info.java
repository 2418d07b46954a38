/**
 * 廉政谈话: 任前、提醒、诫勉、集体廉政谈话 and 函询 — planned, approved by the leader who supervises the
 * person (谁批准谁实施), held and recorded, confirmed by each person, filed by the discipline inspection
 * group; 诫勉 followed up after a period, 函询 answered in writing and assessed. Its content is confidential.
 */
@ApplicationModule(
        displayName = "廉政谈话",
        allowedDependencies = {
            "org",
            "notice",
            "common::base",
            "common::audit",
            "common::engine",
            "common::error",
            "common::export",
            "common::security"
        })
package cn.qinglian.workflow.integritytalk;

import org.springframework.modulith.ApplicationModule;
