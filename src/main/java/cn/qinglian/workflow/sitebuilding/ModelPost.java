package cn.qinglian.workflow.sitebuilding;

import java.time.LocalDate;

/** A 党员示范岗: a person (of the organisation or named), the post's title, the project and the period. */
public record ModelPost(
        long id,
        long projectId,
        String projectName,
        String personId,
        String personName,
        String employer,
        String postTitle,
        LocalDate fromDate,
        LocalDate toDate) {}
