// form-js's own texts in Chinese, through its translate service (form-js-viewer 2.x).
const TEXTS = {
  'Field is required.': '此项为必填项。',
  'Field must match pattern {value}.': '须符合格式：{value}',
  'Field must have minimum value of {value}.': '不能小于 {value}。',
  'Field must have maximum value of {value}.': '不能大于 {value}。',
  'Field must have minimum length of {value}.': '至少填写 {value} 个字。',
  'Field must have maximum length of {value}.': '最多填写 {value} 个字。',
  'Field must be a valid email.': '请填写有效的电子邮箱地址。',
  'Field must be a valid international phone number. (e.g. +4930664040900)': '请按国际格式填写电话号码，如 +8610XXXXXXXX。',
  'Value is not a number.': '请填写数字。',
  'Value is expected to be an integer.': '请填写整数。',
  'Value is expected to have at most 1 decimal digit.': '最多保留 1 位小数。',
  'Value is expected to have at most {value} decimal digits.': '最多保留 {value} 位小数。',
  'Please select a valid value, the two nearest valid values are {previousValue} and {nextValue}.':
    '请填写有效的值，最接近的有效值为 {previousValue} 和 {nextValue}。',
  'Date and time must both be entered.': '请同时填写日期和时间。',
  'Min validation value is not a valid number.': '最小值设置无效。',
  'Max validation value is not a valid number.': '最大值设置无效。',
  'Increment': '增加',
  'Decrement': '减少',
  'Search': '搜索',
  'Skip to search': '跳到搜索',
  'Remove tag': '移除',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'Add new': '添加',
  'Collapse': '收起',
  'Expand all ({value})': '全部展开（{value}）',
  'Next page': '下一页',
  'Previous page': '上一页',
  '{page} of {total}': '第 {page} 页，共 {total} 页',
  'Nothing to show.': '暂无内容。',
  'No content to show.': '暂无内容。',
  "External content couldn't be loaded.": '外部内容未能加载。',
  'No files selected': '未选择文件',
  '{value} files selected': '已选择 {value} 个文件',
  'Document reference is not defined.': '未指定文档。',
  'Unable to download document': '文档未能下载',
  'Download {fileName}': '下载 {fileName}',
  'Click to sort by {value} ascending': '按 {value} 升序排列',
  'Click to sort by {value} descending': '按 {value} 降序排列',
  'Click to remove sorting': '取消排序'
};

export function zh(template, replacements = {}) {
  return (TEXTS[template] || template).replace(/{([^}]+)}/g, (_, key) =>
    replacements[key] !== undefined ? String(replacements[key]) : '{' + key + '}');
}
