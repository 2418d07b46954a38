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

// 清廉工作流: overrides the webjar's Welcome config (camunda-webapp-webjar 7.24.0, where every
// option is commented out). Chinese texts: ../locales/zh.json. The Camunda end-of-life banner is
// hidden by ../styles/user-styles.css (7.24 has no switch for it).
export default {
  // Header "清廉工作流 工作台" (vendor + ' ' + name), page title; the login page shows the name.
  app: {
    name: '工作台',
    vendor: '清廉工作流'
  },

  // The UI language is the first language of the browser (navigator.languages[0], e.g. zh-CN)
  // cut at the first '-' ('zh'), if listed here; anything else gets fallbackLocale.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // No dateFormat here: Welcome 7.24 does not read it.

  // No "Welcome to Camunda" box (and no request for /camunda-welcome) on the login page.
  disableWelcomeMessage: true,

  // The app's own pages, listed under Welcome's links once signed in (they replace Camunda's
  // default link to its documentation). label and description go through the translation filter:
  // texts that are not translation keys are shown as they are.
  links: [
    {
      label: '党建报表',
      href: '/report-card/',
      description: '各单位任务清单、责任书、查改剖、廉政风险点的年度完成情况，台账导出'
    }
  ]

  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
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
  // csrfCookieName: 'XSRF-TOKEN'
};
