package cn.qinglian.workflow.signature;

import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.signature.HandSignatureMapper.StepRow;
import cn.qinglian.workflow.signature.HandSignatures.Signed;
import cn.qinglian.workflow.signature.HandSignatures.StepSetting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A task's handwritten signature (the PNG as the body), and the office's choice of steps that ask for one. */
@Tag(name = "手写签名", description = "在任务上手写签名，以及需要签名的环节设置")
@RestController
class HandSignatureController {

    private final HandSignatures signatures;

    HandSignatureController(HandSignatures signatures) {
        this.signatures = signatures;
    }

    /** Reads no more than one byte past the limit: a larger body is refused without being taken in. */
    @Operation(
            summary = "在任务上手写签名（PNG）",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.IMAGE_PNG_VALUE,
                                            schema = @Schema(type = "string", format = "binary"))))
    @PutMapping(path = "/api/tasks/{taskId}/hand-signature", consumes = MediaType.IMAGE_PNG_VALUE)
    Signed sign(@PathVariable String taskId, InputStream body, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        return signatures.sign(taskId, body.readNBytes(SignatureImage.MAX_BYTES + 1), user);
    }

    @Operation(summary = "需要手写签名的环节")
    @GetMapping("/api/hand-signatures/steps")
    List<StepRow> steps() {
        return signatures.steps();
    }

    @Operation(summary = "设置环节是否需要手写签名")
    @PutMapping("/api/hand-signatures/steps")
    StepRow setStep(@RequestBody StepSetting setting, @AuthenticationPrincipal CurrentUser user) {
        return signatures.setMode(setting, user);
    }
}
