package cn.qinglian.workflow.approval;

/**
 * Where an open task stands in its process instance: its own activity instance and the scope
 * (process, sub-process or multi-instance body) that holds it, which is where a return or an
 * added signer starts the new step.
 */
record TaskPlace(String activityInstanceId, String scopeInstanceId, String scopeActivityId) {

    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    boolean inMultiInstanceBody() {
        return scopeActivityId != null && scopeActivityId.endsWith(MULTI_INSTANCE_BODY);
    }
}
