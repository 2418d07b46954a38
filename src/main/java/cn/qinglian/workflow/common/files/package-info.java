/** Files people upload as evidence (佐证材料): the checks every feature applies the same way. */
@NamedInterface("files")
package cn.qinglian.workflow.common.files;

import org.springframework.modulith.NamedInterface;
