package cn.qinglian.workflow.signature;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HandSignatureMapper {

    record NewSignature(
            String taskId,
            String processInstanceId,
            String processKey,
            String stepId,
            String personId,
            byte[] imagePng,
            int width,
            int height,
            Instant createdAt) {}

    record StepRow(String processKey, String stepId, String mode, String updatedBy, Instant updatedAt) {}

    int deleteForTask(@Param("taskId") String taskId);

    void insert(NewSignature signature);

    Long findIdForTask(@Param("taskId") String taskId);

    /** A kept image (a byte[] result on its own would be read by MyBatis as many rows). */
    record Image(byte[] png) {}

    Image findImage(@Param("id") long id);

    String findMode(@Param("processKey") String processKey, @Param("stepId") String stepId);

    List<StepRow> findSteps();

    int updateStep(StepRow step);

    void insertStep(StepRow step);

    int deleteStep(@Param("processKey") String processKey, @Param("stepId") String stepId);
}
