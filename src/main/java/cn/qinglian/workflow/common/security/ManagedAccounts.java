package cn.qinglian.workflow.common.security;

/** The accounts whose names and e-mail another source keeps (the organisation): nobody edits them in Camunda. */
public interface ManagedAccounts {

    boolean isManaged(String userId);
}
