// Overrides the webjar's Welcome config (all options there are commented out): the app's own pages are
// listed under Welcome's links once signed in. Other options (e.g. locales) can be added here.
export default {
  links: [
    {
      label: '党建报表',
      href: '/report-card/',
      description: '各单位任务清单、责任书、查改剖、廉政风险点的年度完成情况，台账导出'
    }
  ]
};
