@NamedInterface("export")
package cn.qinglian.workflow.common.export;

import org.springframework.modulith.NamedInterface;
