@NamedInterface("error")
package cn.qinglian.workflow.common.error;

import org.springframework.modulith.NamedInterface;
