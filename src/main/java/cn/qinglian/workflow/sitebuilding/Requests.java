package cn.qinglian.workflow.sitebuilding;

import java.time.LocalDate;
import java.util.List;

/** What the API takes. Enums come as text (code or Chinese label) so every bad field is named at once. */
final class Requests {

    private Requests() {}

    record ProjectRequest(
            String name,
            String projectType,
            String district,
            LocalDate startDate,
            LocalDate plannedEndDate,
            String ownerUnit,
            String supervisorUnit,
            String contractorUnit) {}

    /** A member: {@code personId} of the organisation, or {@code name} (+ employer) outside it. */
    record MemberInput(String personId, String name, String employer, String membership) {}

    record PartyOrgRequest(
            Long projectId,
            String kind,
            String name,
            String unitId,
            String secretaryId,
            String secretaryName,
            LocalDate establishedOn,
            List<MemberInput> members) {}

    record MembersRequest(List<MemberInput> members) {}

    record CompletionRequest(LocalDate completedOn) {}

    record ServiceGroupRequest(String name, String leaderId, List<String> memberIds, List<Long> projectIds) {}

    record AgreementRequest(
            String agencyUnitId,
            Long serviceGroupId,
            Long partyOrgId,
            String content,
            LocalDate periodFrom,
            LocalDate periodTo) {}

    record ActivityRequest(
            LocalDate activityDate, String kind, List<String> participantIds, Integer participantCount, String note) {}

    record ModelPostRequest(
            String personId,
            String personName,
            String employer,
            String postTitle,
            Long projectId,
            LocalDate fromDate,
            LocalDate toDate) {}
}
