package cn.qinglian.workflow.org;

import java.util.List;

/**
 * Published, inside the saving transaction, when an import or sync adds people or makes them active
 * again ({@code joined}) or marks them as gone ({@code left}), so processes can follow: a newcomer
 * signs the letter (补签), a leaver's open signing is cancelled.
 */
public record PeopleChanged(List<String> joined, List<String> left) {}
