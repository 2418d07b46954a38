/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// 清廉工作流: overrides the webjar's Tasklist config (app/tasklist/scripts/config.js of
// camunda-webapp-webjar 7.24.0), keeping its shortcuts. Chinese texts: ../locales/zh.json.
// The Camunda end-of-life banner is hidden by ../styles/user-styles.css (7.24 has no switch for it).
export default {
  // ---------------------------------------------------------------------------------------------
  // Custom scripts: ES modules below app/tasklist/, loaded before Tasklist starts; one with a
  // default export adds Tasklist plugins. Add new entries to this list.
  customScripts: [
    // the 审批记录 tab with the approval operations on every task
    'scripts/qinglian/approval.js',
    // under zh: Chinese relative times ("3 天后"), date pickers and Camunda Forms validation messages
    'scripts/qinglian/locale.js',
    // form errors that name the field and scroll to it, character counts, task controls by right
    'scripts/qinglian/forms.js',
    // the 消息 bell in the navbar: unread notices, each opening its task
    'scripts/qinglian/notices.js'
  ],
  // ---------------------------------------------------------------------------------------------

  // Header "清廉工作流 任务列表" (vendor + ' ' + name), page title; the login page shows the name.
  app: {
    name: '任务列表',
    vendor: '清廉工作流'
  },

  // The UI language is the first language of the browser (navigator.languages[0], e.g. zh-CN)
  // cut at the first '-' ('zh'), if listed here; anything else gets fallbackLocale. Labels a
  // locale file lacks are taken from the fallback locale's file.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // The keys Tasklist reads (camDate filter): normal (default: lists, comments, history entries),
  // long (date tooltips), day + monthName (the date badge of the history tab), short, abbr.
  dateFormat: {
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm',
    short: 'YYYY年M月D日',
    abbr: 'M月D日 HH:mm',
    day: 'D',
    monthName: 'M月'
  },

  // No "Welcome to Camunda" box (and no request for /camunda-welcome) on the login page.
  disableWelcomeMessage: true,

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // assignProcessInstanceIdToTaskComment: true,

  // Shown as they are in the keyboard shortcut help (not translated by the locale files).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
