@NamedInterface("security")
package cn.qinglian.workflow.common.security;

import org.springframework.modulith.NamedInterface;
