/**
 * Handwritten signatures (手写签名): drawn on the phone page for a task, checked and kept with the step
 * it signs. Signing the 责任书 offers one (printed in the signed letter's PDF); the Party office can make
 * any other step offer or require one. A required signature is checked when the task completes.
 */
@ApplicationModule(
        displayName = "手写签名",
        allowedDependencies = {"org", "common::engine", "common::error", "common::security"})
package cn.qinglian.workflow.signature;

import org.springframework.modulith.ApplicationModule;
