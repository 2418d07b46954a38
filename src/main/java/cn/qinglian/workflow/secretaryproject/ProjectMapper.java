package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Decision;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Evidence;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Judge;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Notice;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Report;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.TeamMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProjectMapper {

    /** A year, one unit, or a set of units (a reader's own and those above it); null means any. */
    record Filter(Integer year, String unitId, List<String> unitIds) {}

    /** A file's bytes, for download. */
    record EvidenceFile(String fileName, String contentType, byte[] fileData) {}

    void insertProject(
            @Param("p") ProjectProposal proposal,
            @Param("year") int year,
            @Param("fingerprint") String fingerprint,
            @Param("unitId") String unitId,
            @Param("proposer") String proposerId,
            @Param("approver") String approverId,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void setBusinessKey(@Param("id") long id, @Param("businessKey") String businessKey);

    void updateProposal(
            @Param("id") long id,
            @Param("p") ProjectProposal proposal,
            @Param("fingerprint") String fingerprint,
            @Param("now") Instant now);

    Project findProject(long id);

    /** Locks the project's row: its steps (and a judge's parallel scores) run one after the other. */
    Project lockProject(long id);

    List<Project> findProjects(@Param("f") Filter filter);

    void updateStatus(@Param("id") long id, @Param("status") ProjectStatus status, @Param("now") Instant now);

    void markApproved(@Param("id") long id, @Param("now") Instant now);

    void updateProgress(@Param("id") long id, @Param("percent") int percent, @Param("now") Instant now);

    void saveSelfAssessment(@Param("id") long id, @Param("text") String text, @Param("now") Instant now);

    void saveGrade(
            @Param("id") long id,
            @Param("mean") BigDecimal mean,
            @Param("grade") ProjectGrade grade,
            @Param("demonstration") boolean demonstration,
            @Param("now") Instant now);

    void deleteMilestones(long projectId);

    void insertMilestone(
            @Param("projectId") long projectId, @Param("seq") int seq, @Param("m") ProjectProposal.Milestone milestone);

    List<MilestoneRow> findMilestones(long projectId);

    List<MilestoneRow> findMilestonesOf(@Param("f") Filter filter);

    void markMilestoneDone(@Param("id") long id, @Param("now") Instant now);

    void deleteTeam(long projectId);

    void insertTeamMember(@Param("projectId") long projectId, @Param("personId") String personId);

    List<TeamMember> findTeam(long projectId);

    void insertDecision(@Param("d") Decision decision);

    List<Decision> findDecisions(long projectId);

    void insertReport(
            @Param("projectId") long projectId,
            @Param("milestoneId") Long milestoneId,
            @Param("quarter") String quarter,
            @Param("percent") int percent,
            @Param("text") String text,
            @Param("by") String reportedBy,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    List<Report> findReports(long projectId);

    List<Report> findReportsOf(@Param("f") Filter filter);

    void insertEvidence(
            @Param("projectId") long projectId,
            @Param("name") String name,
            @Param("type") String type,
            @Param("size") long size,
            @Param("data") byte[] data,
            @Param("by") String uploadedBy,
            @Param("now") Instant now);

    /** The files uploaded for the report being written join it when it is sent. */
    void attachPendingEvidence(@Param("projectId") long projectId, @Param("reportId") long reportId);

    List<Evidence> findEvidence(long projectId);

    EvidenceFile findEvidenceFile(@Param("projectId") long projectId, @Param("id") long id);

    void deleteJudges(long projectId);

    void insertJudge(
            @Param("projectId") long projectId,
            @Param("judgeId") String judgeId,
            @Param("by") String namedBy,
            @Param("now") Instant now);

    List<Judge> findJudges(long projectId);

    List<Judge> findJudgesOf(@Param("f") Filter filter);

    void saveScore(
            @Param("projectId") long projectId,
            @Param("judgeId") String judgeId,
            @Param("s") ScoreSheet scores,
            @Param("now") Instant now);

    void insertNotice(
            @Param("projectId") long projectId,
            @Param("kind") String kind,
            @Param("subject") String subject,
            @Param("recipient") String recipientId,
            @Param("now") Instant now);

    List<Notice> findNotices(long projectId);

    /** Projects of the year the report card counts, unit by unit. */
    List<ProjectFigures.UnitCount> countByUnit(@Param("year") int year);
}
