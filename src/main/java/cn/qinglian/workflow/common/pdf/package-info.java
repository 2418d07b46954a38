/** PDFs in Chinese: the embedded CJK font and the fallbacks for 生僻字 and emoji (docs/adr/0002-letter-pdf-font.md). */
@NamedInterface("pdf")
package cn.qinglian.workflow.common.pdf;

import org.springframework.modulith.NamedInterface;
