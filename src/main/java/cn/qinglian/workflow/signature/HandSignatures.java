package cn.qinglian.workflow.signature;

import cn.qinglian.workflow.common.engine.WorkCompleting;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.signature.HandSignatureMapper.NewSignature;
import cn.qinglian.workflow.signature.HandSignatureMapper.StepRow;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handwritten signatures: which steps ask for one, a task's holder signing it (again, until the task is
 * completed: the last one counts), and the check that a step requiring one is not completed without.
 */
@Service
public class HandSignatures {

    private final HandSignatureMapper mapper;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final SystemAuthentication system;
    private final Clock clock;

    HandSignatures(
            HandSignatureMapper mapper,
            TaskService tasks,
            RepositoryService repository,
            SystemAuthentication system,
            Clock clock) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.repository = repository;
        this.system = system;
        this.clock = clock;
    }

    /** What a step asks for: {@link SignatureMode#OFF} unless the office (or the letter's default) says otherwise. */
    public SignatureMode modeFor(String processKey, String stepId) {
        String mode = processKey == null ? null : mapper.findMode(processKey, stepId);
        return mode == null ? SignatureMode.OFF : SignatureMode.valueOf(mode);
    }

    /** The signature drawn for a task, if any. */
    public Optional<Long> forTask(String taskId) {
        return Optional.ofNullable(mapper.findIdForTask(taskId));
    }

    /** A kept signature's PNG. */
    public Optional<byte[]> image(long id) {
        return Optional.ofNullable(mapper.findImage(id)).map(HandSignatureMapper.Image::png);
    }

    /** The holder of an open task signs it; a step that asks for no signature refuses one. */
    @Transactional
    public Signed sign(String taskId, byte[] png, CurrentUser user) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .taskAssignee(user.userId())
                .singleResult();
        if (task == null) {
            throw ApiException.notFound("task-not-found", "未找到该任务，或它不是您的待办，未保存签名。");
        }
        String processKey = processKey(task.getProcessDefinitionId());
        if (modeFor(processKey, task.getTaskDefinitionKey()) == SignatureMode.OFF) {
            throw ApiException.conflict("signature-not-asked", "此步骤不需要手写签名，未保存签名。");
        }
        SignatureImage image = SignatureImage.check(png);
        mapper.deleteForTask(taskId);
        mapper.insert(new NewSignature(
                taskId,
                task.getProcessInstanceId(),
                processKey,
                task.getTaskDefinitionKey(),
                user.userId(),
                image.png(),
                image.width(),
                image.height(),
                clock.instant()));
        return new Signed(mapper.findIdForTask(taskId), image.width(), image.height(), image.png().length);
    }

    public record Signed(long id, int width, int height, int bytes) {}

    /** A step that requires a signature is not completed without one, whoever completes it and how. */
    @EventListener
    void beforeCompletion(WorkCompleting work) {
        if (modeFor(work.processDefinitionKey(), work.stepId()) == SignatureMode.REQUIRED
                && forTask(work.taskId()).isEmpty()) {
            throw ApiException.invalidField("signature", "此步骤须手写签名：请在掌上办中签名后再提交，未做任何更改。");
        }
    }

    // --- the office's settings ----------------------------------------------------------------

    public record StepSetting(String processKey, String stepId, SignatureMode mode) {}

    public List<StepRow> steps() {
        return mapper.findSteps();
    }

    @Transactional
    public StepRow setMode(StepSetting setting, CurrentUser user) {
        if (!user.isAdmin() && !user.inGroup(Role.PARTY_OFFICE.groupId())) {
            throw ApiException.forbidden("只有党务工作人员或管理员可以设置手写签名。");
        }
        if (setting.processKey() == null || setting.stepId() == null || setting.mode() == null) {
            throw ApiException.invalidField("mode", "请指定流程、步骤和签名要求（OFF、OPTIONAL 或 REQUIRED）。");
        }
        boolean known =
                system.call(() -> repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(setting.processKey())
                        .latestVersion()
                        .list()
                        .stream()
                        .anyMatch(
                                d -> repository.getBpmnModelInstance(d.getId()).getModelElementById(setting.stepId())
                                        instanceof UserTask));
        if (!known) {
            throw ApiException.invalidField("stepId", "未找到该流程的人工步骤：" + setting.processKey() + " / " + setting.stepId());
        }
        StepRow row = new StepRow(
                setting.processKey(), setting.stepId(), setting.mode().name(), user.userId(), clock.instant());
        if (setting.mode() == SignatureMode.OFF) {
            mapper.deleteStep(setting.processKey(), setting.stepId());
        } else if (mapper.updateStep(row) == 0) {
            mapper.insertStep(row);
        }
        return row;
    }

    private String processKey(String processDefinitionId) {
        return system.call(
                () -> repository.getProcessDefinition(processDefinitionId).getKey());
    }
}
