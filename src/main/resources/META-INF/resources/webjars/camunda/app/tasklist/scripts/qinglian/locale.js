/*
 * 清廉工作流 — keeps Tasklist's dates in the language the UI is shown in.
 *
 * 1. moment.js (relative times such as "3 天后", month and weekday names): camunda-commons-ui hands
 *    the "dateLocales" of every locale file it loads to moment (moment.defineLocale/updateLocale),
 *    and both also switch moment's *global* locale. A zh browser loads zh.json and, as the fallback
 *    language, en.json; when both come from the server (first visit, or after the browser's storage
 *    is cleared) whichever answers last wins, so "3 天后" could come out as "in 3 days". After every
 *    language load this sets moment back to the UI's language, through angular-moment so that the
 *    texts already on screen update too.
 * 2. The date picker of the due / follow-up date fields (angular-ui-bootstrap) takes its month and
 *    weekday names from AngularJS's $locale, which Camunda ships in en-US only: under zh it gets
 *    Chinese names, a "2026年11月" title and weeks starting on Monday.
 * 3. Camunda Forms (form-js) has English in its code: its validation messages ("Field is
 *    required.") and the month and weekday names of its date picker (flatpickr). Under zh they are
 *    replaced by Chinese ones as they appear.
 * 4. <html lang> follows the UI language (zh → zh-CN), for fonts and screen readers.
 *
 * Loaded through customScripts in ../config.js; it has no default export, so it adds no plugin.
 */
const ZH_DATETIME = {
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  FIRSTDAYOFWEEK: 0 // Monday (AngularJS counts from Monday = 0)
};

// form-js 1.x (lib/deps.js of the webapps 7.24.0): every validation message it writes, in Chinese.
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern (.*)\.$/, (_, pattern) => `须符合格式：${pattern}`],
  [/^Field must have minimum value of (.*)\.$/, (_, min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.*)\.$/, (_, max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (.*)\.$/, (_, min) => `至少填写 ${min} 个字。`],
  [/^Field must have maximum length of (.*)\.$/, (_, max) => `最多填写 ${max} 个字。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\./, () => '请按国际格式填写电话号码，如 +8610XXXXXXXX。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (_, digits) => `最多保留 ${digits} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (_, lower, upper) => `请填写有效的值，最接近的有效值为 ${lower} 和 ${upper}。`]
];

/** Rewrites form-js's error texts in place (the same text nodes, so form-js can still update them). */
function translateFormMessages() {
  document.querySelectorAll('.fjs-form-field-error li').forEach(item => item.childNodes.forEach(node => {
    if (node.nodeType !== Node.TEXT_NODE) {
      return;
    }
    const text = node.data.trim();
    for (const [pattern, chinese] of FORM_MESSAGES) {
      const match = text.match(pattern);
      if (match) {
        node.data = chinese(...match);
        return;
      }
    }
  }));
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The month and weekday names of form-js's date pickers (flatpickr calendars). */
function translateDatePickers() {
  document.querySelectorAll('.flatpickr-calendar .flatpickr-weekday').forEach(element => {
    const day = EN_WEEKDAYS.indexOf(element.textContent.trim());
    if (day >= 0) {
      element.textContent = ZH_WEEKDAYS[day];
    }
  });
  document.querySelectorAll('.flatpickr-calendar .flatpickr-monthDropdown-month, .flatpickr-calendar .cur-month')
    .forEach(element => {
      const month = EN_MONTHS.indexOf(element.textContent.trim());
      if (month >= 0) {
        element.textContent = ZH_DATETIME.MONTH[month];
      }
    });
}

function translateFormsFromNowOn() {
  const inForm = node => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    return element && element.closest && element.closest('.fjs-container, .flatpickr-calendar');
  };
  new MutationObserver(records => {
    if (records.some(record => inForm(record.target) || [...record.addedNodes].some(inForm))) {
      translateFormMessages();
      translateDatePickers();
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

const angular = window.angular;
const base = document.querySelector('base');
const appName = base && base.getAttribute('app-name');

if (angular && appName) {
  angular.module('cam.' + appName).run(['$rootScope', '$translate', '$injector', '$locale',
    function ($rootScope, $translate, $injector, $locale) {
      let datepickerInChinese = false;
      let formsInChinese = false;

      function chineseDatepicker() {
        if (datepickerInChinese) {
          return;
        }
        datepickerInChinese = true;
        Object.assign($locale.DATETIME_FORMATS, ZH_DATETIME);
        if ($injector.has('uibDatepickerConfig')) {
          Object.assign($injector.get('uibDatepickerConfig'), {
            formatDayTitle: 'yyyy年M月',
            formatMonth: 'MMM',
            formatMonthTitle: 'yyyy年'
          });
        }
      }

      function sync() {
        const language = $translate.use() || $translate.proposedLanguage();
        if (!language) {
          return;
        }
        document.documentElement.setAttribute('lang', language === 'zh' ? 'zh-CN' : language);
        if (language === 'zh') {
          chineseDatepicker();
          if (!formsInChinese) {
            formsInChinese = true;
            translateFormsFromNowOn();
          }
        }
        if (!$injector.has('moment')) {
          return;
        }
        const moment = $injector.get('moment');
        if (moment.locales().indexOf(language) < 0 || moment.locale() === language) {
          return;
        }
        if ($injector.has('amMoment')) {
          $injector.get('amMoment').changeLocale(language);
        } else {
          moment.locale(language);
        }
      }

      ['$translateChangeSuccess', '$translateChangeEnd', '$translateLoadingEnd'].forEach(event =>
        $rootScope.$on(event, sync));
      sync();
    }]);
}
