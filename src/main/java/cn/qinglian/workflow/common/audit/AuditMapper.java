package cn.qinglian.workflow.common.audit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    void insert(@Param("e") AuditEntry entry, @Param("at") Instant at);

    List<AuditRecord> findByBusinessKey(@Param("businessKey") String businessKey, @Param("partsLike") String partsLike);

    List<AuditRecord> findByProcessInstance(String processInstanceId);

    List<AuditRecord> findByActor(@Param("actorId") String actorId, @Param("limit") int limit);

    long countByTask(String taskId);
}
