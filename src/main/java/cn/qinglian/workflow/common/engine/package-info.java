@NamedInterface("engine")
package cn.qinglian.workflow.common.engine;

import org.springframework.modulith.NamedInterface;
