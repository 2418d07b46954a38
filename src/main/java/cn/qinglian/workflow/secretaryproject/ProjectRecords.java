package cn.qinglian.workflow.secretaryproject;

import java.time.Instant;
import java.time.LocalDate;

/** The parts of a project beside its own row: milestones, team, decisions, reports, evidence, panel. */
final class ProjectRecords {

    private ProjectRecords() {}

    record MilestoneRow(long id, long projectId, int seq, String title, LocalDate dueDate, Instant doneAt) {}

    record TeamMember(long projectId, String personId, String name, String unitName) {}

    record Decision(
            Long id,
            long projectId,
            Kind kind,
            String decidedBy,
            String decidedByName,
            String outcome,
            String commentText,
            Instant decidedAt) {

        enum Kind {
            OFFICE_CHECK("党办审核"),
            PARTY_GROUP_APPROVAL("党组审批"),
            GRADE("确定等次");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            String label() {
                return label;
            }
        }
    }

    record Report(
            long id,
            long projectId,
            Long milestoneId,
            String quarter,
            int progressPercent,
            String reportText,
            String reportedBy,
            Instant reportedAt) {}

    record Evidence(long id, long projectId, Long reportId, String fileName, long fileSize, Instant uploadedAt) {}

    /** A judge the office named, with their scores once given. */
    record Judge(
            long projectId,
            String judgeId,
            String judgeName,
            Integer scoreTopic,
            Integer scoreMeasures,
            Integer scoreResults,
            Integer scoreDemonstration,
            Integer total,
            String commentText,
            Instant scoredAt) {}

    record Notice(long projectId, String kind, String subject, String recipientId, Instant sentAt) {}
}
