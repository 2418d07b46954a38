package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The year's task list over REST: create (JSON or the office's spreadsheet), read, progress, export. */
@Tag(name = "任务清单", description = "任务清单签收：年度任务清单的起草、导入、进展、事件和台账")
@RestController
@RequestMapping("/api/task-lists")
class TaskListController {

    private final TaskListService lists;
    private final TaskListQueries queries;

    TaskListController(TaskListService lists, TaskListQueries queries) {
        this.lists = lists;
        this.queries = queries;
    }

    /** A list with its tasks. */
    record ListView(TaskList list, List<TaskItem> tasks) {}

    @Operation(summary = "起草年度任务清单")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ListView> create(
            @Valid @RequestBody TaskListRequest request, @AuthenticationPrincipal CurrentUser user) {
        return created(lists.create(request, user));
    }

    @Operation(summary = "从表格导入年度任务清单")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ListView> importSheet(
            @RequestPart("file") MultipartFile file,
            @RequestParam int year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signOffDue,
            @AuthenticationPrincipal CurrentUser user) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalidField("year", "年度无效：" + year);
        }
        try {
            return created(
                    lists.importSheet(year, title, signOffDue, file.getOriginalFilename(), file.getBytes(), user));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "查看某年度任务清单")
    @GetMapping("/{year}")
    ListView list(@PathVariable int year) {
        return new ListView(queries.list(year), queries.items(year));
    }

    @Operation(summary = "任务清单进展（各单位签收与完成情况）")
    @GetMapping("/{year}/progress")
    TaskListProgress progress(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        queries.requireOverseer(user);
        return queries.progress(year);
    }

    @Operation(summary = "任务清单事件")
    @GetMapping("/{year}/events")
    List<TaskListEvent> events(
            @PathVariable int year,
            @RequestParam(required = false) TaskListEvent.Kind kind,
            @AuthenticationPrincipal CurrentUser user) {
        queries.requireOverseer(user);
        return queries.events(year, kind);
    }

    @Operation(summary = "导出任务清单台账（.xlsx）")
    @ApiResponse(responseCode = "201", description = "已创建")
    @GetMapping("/{year}/export")
    ResponseEntity<byte[]> export(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        queries.requireOverseer(user);
        return queries.export(year).response();
    }

    private ResponseEntity<ListView> created(TaskList list) {
        return ResponseEntity.created(URI.create("/api/task-lists/" + list.listYear()))
                .body(new ListView(list, queries.items(list.listYear())));
    }
}
