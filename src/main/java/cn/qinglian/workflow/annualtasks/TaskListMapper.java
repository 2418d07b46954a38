package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskListMapper {

    /** A task ready to insert: everything resolved to ids. */
    record NewItem(
            int itemNo,
            String content,
            String sourceList,
            Responsibility responsibility,
            String leadUnitId,
            String cooperatingUnits,
            String leaderId,
            LocalDate deadline,
            String milestones) {}

    void insertList(
            @Param("year") int year,
            @Param("businessKey") String businessKey,
            @Param("title") String title,
            @Param("signOffDue") LocalDate signOffDue,
            @Param("reportCycle") String reportCycle,
            @Param("by") String createdBy,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void insertItems(@Param("listId") long listId, @Param("items") List<NewItem> items);

    void deleteItems(long listId);

    TaskList findList(long id);

    TaskList findListByYear(int year);

    TaskList lockList(long id);

    void updateListStatus(@Param("id") long id, @Param("status") ListStatus status, @Param("now") Instant now);

    void approveList(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    List<TaskItem> findItems(long listId);

    List<TaskItem> findUnitItems(@Param("listId") long listId, @Param("unitId") String unitId);

    TaskItem findItem(long id);

    TaskItem lockItem(long id);

    void updateItemStatus(@Param("ids") List<Long> ids, @Param("status") TaskStatus status);

    void updateItem(@Param("id") long id, @Param("content") String content, @Param("deadline") LocalDate deadline);

    void recordProgress(
            @Param("id") long id,
            @Param("status") TaskStatus status,
            @Param("percent") int percent,
            @Param("now") Instant now);

    void closeItem(@Param("id") long id, @Param("now") Instant now);

    void insertChange(
            @Param("itemId") long itemId,
            @Param("by") String by,
            @Param("description") String description,
            @Param("now") Instant now);

    void insertEvent(@Param("e") TaskListEvent event);

    List<TaskListEvent> findEvents(@Param("listId") long listId, @Param("kind") TaskListEvent.Kind kind);

    int countEvents(
            @Param("listId") long listId,
            @Param("itemId") Long itemId,
            @Param("unitId") String unitId,
            @Param("kind") TaskListEvent.Kind kind,
            @Param("day") LocalDate day);
}
