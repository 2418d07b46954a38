@NamedInterface("audit")
package cn.qinglian.workflow.common.audit;

import org.springframework.modulith.NamedInterface;
