package cn.qinglian.workflow.org;

/** A unit of the organisation tree; {@code parentId} is null for the root. */
public record Unit(String id, String name, UnitType unitType, String parentId, int sortOrder) {}
