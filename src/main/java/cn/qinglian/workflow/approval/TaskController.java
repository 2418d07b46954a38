package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.approval.Views.DoneItem;
import cn.qinglian.workflow.approval.Views.PageOf;
import cn.qinglian.workflow.approval.Views.StartedItem;
import cn.qinglian.workflow.approval.Views.TaskDetail;
import cn.qinglian.workflow.approval.Views.TimelineEntry;
import cn.qinglian.workflow.approval.Views.TodoItem;
import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approval operations and lists over REST, for any process; the Tasklist plugin uses the same calls. */
@Tag(name = "审批操作", description = "待办/已办/我发起的/抄送我的列表，审批记录，退回、转办、委派、办结、加签、催办、撤回、抄送")
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskOperations operations;
    private final WorkLists lists;

    TaskController(TaskOperations operations, WorkLists lists) {
        this.operations = operations;
        this.lists = lists;
    }

    record ReturnRequest(String targetStep, String reason) {}

    record PersonRequest(String to, String reason) {}

    record NoteRequest(String reason) {}

    record CopyRequest(List<String> to, String note) {}

    @Operation(summary = "我的待办（分页）")
    @GetMapping("/todo")
    PageOf<TodoItem> todo(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return lists.todo(page, size, user);
    }

    @Operation(summary = "我的已办（分页）")
    @GetMapping("/done")
    PageOf<DoneItem> done(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return lists.done(page, size, user);
    }

    @Operation(summary = "我发起的（分页）")
    @GetMapping("/started")
    PageOf<StartedItem> started(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return lists.started(page, size, user);
    }

    @Operation(summary = "抄送我的（分页）")
    @GetMapping("/copied")
    PageOf<Copy> copied(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return lists.copied(page, size, user);
    }

    @Operation(summary = "查看任务")
    @GetMapping("/{taskId}")
    TaskDetail task(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        return lists.task(taskId, user);
    }

    @Operation(summary = "流程的审批记录")
    @GetMapping("/processes/{processInstanceId}/timeline")
    List<TimelineEntry> timeline(@PathVariable String processInstanceId, @AuthenticationPrincipal CurrentUser user) {
        return lists.timeline(processInstanceId, user);
    }

    @Operation(summary = "退回")
    @PostMapping("/{taskId}/return")
    ResponseEntity<Void> returnTask(
            @PathVariable String taskId,
            @RequestBody ReturnRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        operations.returnTo(taskId, request.targetStep(), request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "转办")
    @PostMapping("/{taskId}/transfer")
    ResponseEntity<Void> transfer(
            @PathVariable String taskId,
            @RequestBody PersonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        operations.transfer(taskId, request.to(), request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "委派")
    @PostMapping("/{taskId}/delegate")
    ResponseEntity<Void> delegate(
            @PathVariable String taskId,
            @RequestBody PersonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        operations.delegate(taskId, request.to(), request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "办结委派的任务（交回委派人）")
    @PostMapping("/{taskId}/resolve")
    ResponseEntity<Void> resolve(
            @PathVariable String taskId,
            @RequestBody(required = false) NoteRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        operations.resolve(taskId, request == null ? null : request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "加签")
    @PostMapping("/{taskId}/signers")
    ResponseEntity<Void> addSigner(
            @PathVariable String taskId,
            @RequestBody PersonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        operations.addSigner(taskId, request.to(), request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    /** The answer names the channels the urge went out on, e.g. {"channels": ["站内", "钉钉"]}. */
    @Operation(summary = "催办任务")
    @PostMapping("/{taskId}/urge")
    Map<String, List<String>> urge(
            @PathVariable String taskId,
            @RequestBody(required = false) NoteRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("channels", operations.urge(taskId, request == null ? null : request.reason(), user));
    }

    @Operation(summary = "撤回我发起的流程")
    @PostMapping("/processes/{processInstanceId}/withdraw")
    ResponseEntity<Void> withdraw(
            @PathVariable String processInstanceId,
            @RequestBody(required = false) NoteRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        operations.withdraw(processInstanceId, request == null ? null : request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "抄送流程")
    @PostMapping("/processes/{processInstanceId}/copies")
    Map<String, List<String>> copy(
            @PathVariable String processInstanceId,
            @RequestBody CopyRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("added", operations.copy(processInstanceId, request.to(), request.note(), user));
    }
}
