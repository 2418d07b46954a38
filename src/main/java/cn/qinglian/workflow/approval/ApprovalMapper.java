package cn.qinglian.workflow.approval;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The app's own records of 催办 and 抄送. */
@Mapper
interface ApprovalMapper {

    @Select("SELECT COUNT(*) FROM task_urge WHERE task_id = #{taskId} AND urged_at > #{since}")
    long countUrgesSince(@Param("taskId") String taskId, @Param("since") Instant since);

    void insertUrge(
            @Param("taskId") String taskId,
            @Param("processInstanceId") String processInstanceId,
            @Param("assigneeId") String assigneeId,
            @Param("urgedBy") String urgedBy,
            @Param("note") String note,
            @Param("at") Instant at,
            @Param("hour") long hour);

    @Select(
            "SELECT COUNT(*) FROM process_copy WHERE process_instance_id = #{processInstanceId} AND person_id = #{personId}")
    long countCopies(@Param("processInstanceId") String processInstanceId, @Param("personId") String personId);

    void insertCopy(
            @Param("processInstanceId") String processInstanceId,
            @Param("definitionKey") String definitionKey,
            @Param("processName") String processName,
            @Param("businessKey") String businessKey,
            @Param("personId") String personId,
            @Param("copiedBy") String copiedBy,
            @Param("note") String note,
            @Param("at") Instant at);

    List<Copy> findCopies(@Param("personId") String personId, @Param("offset") int offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM process_copy WHERE person_id = #{personId}")
    long countCopiesFor(String personId);
}
