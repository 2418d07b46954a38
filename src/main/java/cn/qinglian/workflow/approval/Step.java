package cn.qinglian.workflow.approval;

/** A user step of a process, by its BPMN id and the name users see. */
record Step(String id, String name) {}
