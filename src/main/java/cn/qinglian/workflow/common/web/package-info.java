@NamedInterface("web")
package cn.qinglian.workflow.common.web;

import org.springframework.modulith.NamedInterface;
