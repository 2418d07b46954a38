@NamedInterface("sheets")
package cn.qinglian.workflow.common.sheets;

import org.springframework.modulith.NamedInterface;
