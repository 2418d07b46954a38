package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SiteBuildingMapper {

    /** A project's fields as checked by the service. */
    record ProjectValues(
            String name,
            ProjectType projectType,
            String district,
            LocalDate startDate,
            LocalDate plannedEndDate,
            String ownerUnit,
            String supervisorUnit,
            String contractorUnit) {}

    record OrgValues(
            long projectId,
            PartyOrgKind kind,
            String name,
            String unitId,
            String secretaryId,
            String secretaryName,
            LocalDate establishedOn) {}

    record MemberValues(String memberKey, String personId, String name, String employer, Membership membership) {}

    /** Per project: its full Party members on site and its active temporary branches. */
    record ProjectCounts(long projectId, int fullMembers, int temporaryBranches) {}

    record GroupRow(long id, String name, String leaderId, String leaderName) {}

    record MemberLink(long groupId, String personId) {}

    record ProjectLink(long groupId, long projectId) {}

    record ActivityRow(
            long id,
            long agreementId,
            LocalDate activityDate,
            ActivityKind kind,
            int participantCount,
            String note,
            String createdBy) {}

    record AgreementValues(
            String businessKey,
            String agencyUnitId,
            Long serviceGroupId,
            long partyOrgId,
            String content,
            LocalDate periodFrom,
            LocalDate periodTo,
            String proposerId,
            String agencySignerId,
            String projectSignerId) {}

    record PostValues(
            long projectId,
            String personKey,
            String personId,
            String personName,
            String employer,
            String postTitle,
            LocalDate fromDate,
            LocalDate toDate) {}

    void insertProject(
            @Param("p") ProjectValues project,
            @Param("by") String by,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    int updateProject(@Param("id") long id, @Param("p") ProjectValues project, @Param("now") Instant now);

    Project findProject(long id);

    Project lockProject(long id);

    List<Project> findProjects();

    void completeProject(@Param("id") long id, @Param("on") LocalDate on, @Param("now") Instant now);

    List<ProjectCounts> projectCounts();

    void insertOrg(@Param("o") OrgValues org, @Param("key") GeneratedId key, @Param("now") Instant now);

    int updateOrg(@Param("id") long id, @Param("o") OrgValues org, @Param("now") Instant now);

    PartyOrg findOrg(long id);

    List<PartyOrg> findOrgs(@Param("projectId") Long projectId);

    /** Dissolves the project's active temporary branches; returns their ids. */
    List<Long> findActiveTemporaryBranchIds(long projectId);

    void dissolveOrg(@Param("id") long id, @Param("on") LocalDate on, @Param("now") Instant now);

    void insertMember(@Param("projectId") long projectId, @Param("orgId") Long orgId, @Param("m") MemberValues member);

    void deleteOrgMembers(long orgId);

    void deleteLooseMembers(long projectId);

    List<PartyMember> findMembers(long projectId);

    List<PartyMember> findAllMembers();

    void insertGroup(
            @Param("name") String name,
            @Param("leaderId") String leaderId,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    int updateGroup(
            @Param("id") long id,
            @Param("name") String name,
            @Param("leaderId") String leaderId,
            @Param("now") Instant now);

    GroupRow findGroup(long id);

    List<GroupRow> findGroups();

    List<MemberLink> findGroupMembers();

    List<ProjectLink> findGroupProjects();

    void deleteGroupMembers(long groupId);

    void deleteGroupProjects(long groupId);

    void insertGroupMember(@Param("groupId") long groupId, @Param("personId") String personId);

    void insertGroupProject(@Param("groupId") long groupId, @Param("projectId") long projectId);

    void insertAgreement(
            @Param("a") AgreementValues agreement, @Param("key") GeneratedId key, @Param("now") Instant now);

    Agreement findAgreement(long id);

    Long lockAgreement(long id);

    List<Agreement> findAgreements();

    void agencySigned(@Param("id") long id, @Param("now") Instant now);

    void projectSigned(@Param("id") long id, @Param("now") Instant now);

    void returnAgreement(@Param("id") long id, @Param("reason") String reason, @Param("now") Instant now);

    void reviseAgreement(
            @Param("id") long id,
            @Param("content") String content,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("now") Instant now);

    void withdrawAgreement(@Param("id") long id, @Param("now") Instant now);

    void insertActivity(@Param("a") ActivityRow activity, @Param("key") GeneratedId key, @Param("now") Instant now);

    void insertParticipant(@Param("activityId") long activityId, @Param("personId") String personId);

    List<ActivityRow> findActivities(@Param("agreementId") Long agreementId);

    ActivityRow findActivity(long id);

    void insertActivityFile(
            @Param("activityId") long activityId,
            @Param("name") String name,
            @Param("type") String type,
            @Param("size") long size,
            @Param("data") byte[] data,
            @Param("by") String uploadedBy,
            @Param("now") Instant now);

    List<String> findActivityFileNames(long activityId);

    List<String> findParticipants(long activityId);

    void insertPost(@Param("p") PostValues post, @Param("key") GeneratedId key, @Param("now") Instant now);

    int updatePost(@Param("id") long id, @Param("p") PostValues post);

    ModelPost findPost(long id);

    List<ModelPost> findPosts();
}
