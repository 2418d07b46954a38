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

// 清廉工作流: overrides the webjar's Cockpit config (camunda-webapp-webjar 7.24.0, where every option
// is commented out). Chinese texts: ../locales/zh.json. The Camunda end-of-life banner is hidden by
// ../styles/user-styles.css (7.24 has no switch for it).
export default {
  // Header "清廉工作流 驾驶舱" (vendor + ' ' + name), page title; the login page shows the name.
  app: {
    name: '驾驶舱',
    vendor: '清廉工作流'
  },

  // The UI language is the first language of the browser (navigator.languages[0], e.g. zh-CN)
  // cut at the first '-' ('zh'), if listed here; anything else gets fallbackLocale.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // No dateFormat here: Cockpit 7.24 ignores it (its formats are fixed in the code: normal
  // 'YYYY-MM-DD[T]HH:mm:ss', long 'LLLL', short 'LL', abbr 'lll'); LLLL etc. come from the locale
  // file's dateLocales.longDateFormat, and scripts/qinglian/dates.js rewrites the normal one.

  // No "Welcome to Camunda" box (and no request for /camunda-welcome) on the login page.
  disableWelcomeMessage: true,

  // ES modules below app/cockpit/, loaded before Cockpit starts.
  customScripts: [
    // times written the Chinese way instead of ISO text (Cockpit ignores dateFormat)
    'scripts/qinglian/dates.js',
    // the diagram zoomed to the pool of the process shown (a file may hold several)
    'scripts/qinglian/diagram.js'
  ]

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
