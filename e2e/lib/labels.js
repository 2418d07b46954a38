// What the Chinese user sees. Filter names are data the app creates in Chinese; the webapps' own labels
// come from our locale files (app/*/locales/zh.json). Add a label below and the tests assert it.

/** Tasklist filters created by the app (common.engine.TasklistFilters). */
export const TASKLIST_FILTERS = ['我的待办', '我所在组的待办', '即将到期', '已逾期'];

/** Labels of Tasklist's own UI that must show in Chinese (plus the app's navbar entry 我的审批). */
export const TASKLIST_UI_LABELS = ['启动流程', '键盘快捷键', '请在列表中选择一个任务。', '我的审批'];

/** Labels of the Welcome page's own UI that must show in Chinese. */
export const WELCOME_UI_LABELS = ['应用', '常用链接', '修改密码'];
