// What the Chinese user sees. Filter names are data the app creates in Chinese; the webapps' own labels
// come from their locale files. When the Chinese translation of the webapps lands, add its labels below
// (e.g. '认领', '完成', '启动流程') and the Tasklist test asserts each of them, nothing else to change.

/** Tasklist filters created by the app (common.engine.TasklistFilters). */
export const TASKLIST_FILTERS = ['我的待办', '我所在组的待办', '即将到期', '已逾期'];

/** Labels of Tasklist's own UI that must show in Chinese (none until the translation lands). */
export const TASKLIST_UI_LABELS = [];

/** Labels of the Welcome page's own UI that must show in Chinese (none until the translation lands). */
export const WELCOME_UI_LABELS = [];
