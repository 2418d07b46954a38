/*
 * 党建报表: reads GET /api/dashboard?year=…&by=unit with the Camunda webapp session and draws it.
 * Every text from the server goes in through textContent or a text node, never as HTML.
 */
(function () {
  'use strict';

  var LOGIN_URL = '/camunda/app/welcome/';
  var number = new Intl.NumberFormat('zh-CN');
  var percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });
  var chinaDate = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hour12: false
  });
  var collator = new Intl.Collator('zh-CN');

  var CAMPAIGN_STATUS = { OPEN: '进行中', COMPLETED: '已完成', CLOSED: '已关闭' };
  var LETTER_STATUS = { PENDING_APPROVAL: '待书记审定', RETURNED: '退回修改中', SIGNING: '层层签订中', COMPLETED: '签订完成' };

  var state = { year: null, card: null, rows: [], sortKey: 'order', sortDir: 'asc', filter: '', onlyActive: false, request: 0 };

  var $ = function (id) { return document.getElementById(id); };

  /** Creates an element; {text} becomes its textContent, {className}, {title} and other keys attributes. */
  function el(tag, props) {
    var node = document.createElement(tag);
    var children = Array.prototype.slice.call(arguments, 2);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null) {
        return;
      }
      if (key === 'text') {
        node.textContent = String(value);
      } else if (key === 'className') {
        node.className = value;
      } else {
        node.setAttribute(key, String(value));
      }
    });
    children.forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function n(value) {
    return number.format(value || 0);
  }

  function rate(done, of) {
    return of > 0 ? Math.min(done / of, 1) : null;
  }

  function grade(r) {
    return r === null ? 'none' : r >= 0.9 ? 'good' : r >= 0.6 ? 'fair' : 'poor';
  }

  function chinaYear() {
    return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  }

  /* ---------- bars ---------- */

  /** A labelled progress bar: "label  done / of  (xx%)". */
  function progressBar(label, done, of, unit) {
    var r = rate(done, of);
    var text = of > 0 ? n(done) + ' / ' + n(of) + (unit || '') + '（' + percent.format(r) + '）' : '—';
    var bar = el('div', { className: 'bar ' + grade(r), role: 'img', 'aria-label': label + ' ' + text },
      el('span', { className: 'fill' }));
    bar.firstChild.style.width = ((r || 0) * 100).toFixed(1) + '%';
    return el('div', { className: 'progress' },
      el('div', { className: 'progress-label' }, el('span', { text: label }), el('span', { className: 'figure', text: text })),
      bar);
  }

  /** The compact bar of a table cell. */
  function cellBar(done, of) {
    var r = rate(done, of);
    if (r === null) {
      return el('span', { className: 'dash', title: '本单位没有该项工作', text: '—' });
    }
    var bar = el('span', { className: 'mini-bar ' + grade(r) }, el('span', { className: 'fill' }));
    bar.firstChild.style.width = (r * 100).toFixed(1) + '%';
    return el('span', { className: 'cell-bar', title: n(done) + ' / ' + n(of) + '（' + percent.format(r) + '）' },
      bar, el('span', { className: 'cell-figure', text: n(done) + '/' + n(of) }));
  }

  function riskBar(risk, compact) {
    var total = risk.identified || 0;
    if (total === 0) {
      return compact ? el('span', { className: 'dash', title: '未识别风险点', text: '—' }) : el('p', { className: 'empty', text: '本年度尚未识别风险点。' });
    }
    var label = '高 ' + n(risk.high) + '、中 ' + n(risk.medium) + '、低 ' + n(risk.low);
    var bar = el('span', { className: compact ? 'stack mini' : 'stack', role: 'img', 'aria-label': '风险等级分布：' + label });
    [['high', risk.high], ['medium', risk.medium], ['low', risk.low]].forEach(function (part) {
      if (part[1] > 0) {
        var seg = el('span', { className: 'seg ' + part[0] });
        seg.style.width = (part[1] / total * 100).toFixed(1) + '%';
        bar.appendChild(seg);
      }
    });
    if (compact) {
      return el('span', { className: 'cell-bar', title: label }, bar, el('span', { className: 'cell-figure', text: n(total) }));
    }
    return el('div', { className: 'progress' },
      el('div', { className: 'progress-label' }, el('span', { text: '风险等级分布' }), el('span', { className: 'figure', text: label })),
      bar);
  }

  /* ---------- summary cards ---------- */

  function figure(label, value, extraClass) {
    return el('div', { className: 'figure-item' + (extraClass ? ' ' + extraClass : '') },
      el('dt', { text: label }), el('dd', { text: n(value) }));
  }

  function card(title, figures, extra) {
    var dl = el('dl', { className: 'figures' });
    figures.forEach(function (f) { dl.appendChild(f); });
    var section = el('article', { className: 'card' }, el('h3', { text: title }), dl);
    (extra || []).forEach(function (e) { section.appendChild(e); });
    return section;
  }

  /** A report card from before 书记领办项目 (or a year without any) shows zeros, not an error. */
  var NO_PROJECTS = { proposed: 0, approved: 0, reporting: 0, concluded: 0, excellent: 0 };
  var NO_EDUCATION = { sessions: 0, lectures: 0, expected: 0, signedIn: 0, attendanceRate: null };
  var NO_TALKS = { total: 0, byKind: {}, confirmed: 0 };
  var NO_REGULATIONS = { inForce: 0, compiled: 0, studyAsked: 0, studied: 0 };
  var NO_SITES = { serviceGroups: 0, projectOrganisations: 0, jointBuilding: 0, temporaryBranches: 0, modelPosts: 0 };

  function renderSummary(data) {
    var t = data.total;
    var org = data.organisation;
    var box = $('summary');
    clear(box);
    box.appendChild(card('任务清单', [
      figure('任务数', t.taskList.tasks), figure('已签收', t.taskList.signed), figure('已销号', t.taskList.closed),
      figure('逾期', t.taskList.overdue, t.taskList.overdue > 0 ? 'alert' : '')
    ], [progressBar('签收率', t.taskList.signed, t.taskList.tasks), progressBar('销号率', t.taskList.closed, t.taskList.tasks)]));
    box.appendChild(card('责任书', [
      figure('责任条款', data.cascade ? data.cascade.aspects : 0),
      figure('应签', t.letters.expected), figure('已签', t.letters.signed),
      figure('未签', Math.max(t.letters.expected - t.letters.signed, 0))
    ], [progressBar('签订率', t.letters.signed, t.letters.expected)]));
    box.appendChild(card('查改剖', [
      figure('应参加', t.selfReview.members), figure('已提交', t.selfReview.submitted), figure('已通过', t.selfReview.approved)
    ], [progressBar('提交率', t.selfReview.submitted, t.selfReview.members),
      progressBar('通过率', t.selfReview.approved, t.selfReview.members)]));
    box.appendChild(card('廉政风险点', [
      figure('已识别', t.riskPoints.identified), figure('高', t.riskPoints.high, t.riskPoints.high > 0 ? 'alert' : ''),
      figure('中', t.riskPoints.medium), figure('低', t.riskPoints.low), figure('已管控', t.riskPoints.controlled)
    ], [riskBar(t.riskPoints, false), progressBar('管控率', t.riskPoints.controlled, t.riskPoints.identified)]));
    var sp = t.secretaryProjects || NO_PROJECTS;
    box.appendChild(card('书记领办项目', [
      figure('领题', sp.proposed), figure('立项', sp.approved), figure('推进中', sp.reporting),
      figure('已结题', sp.concluded), figure('优秀', sp.excellent)
    ], [progressBar('立项率', sp.approved, sp.proposed), progressBar('结题率', sp.concluded, sp.approved)]));
    var ed = t.education || NO_EDUCATION;
    box.appendChild(card('党纪教育', [
      figure('学习活动', ed.sessions), figure('廉政教育课', ed.lectures), figure('应到人次', ed.expected),
      figure('签到人次', ed.signedIn)
    ], [progressBar('出勤率', ed.signedIn, ed.expected)]));
    var tk = t.talks || NO_TALKS;
    var kinds = tk.byKind || {};
    box.appendChild(card('廉政谈话', [figure('谈话函询', tk.total), figure('已确认', tk.confirmed)].concat(
      Object.keys(kinds).map(function (k) { return figure(k, kinds[k]); })),
      [el('p', { className: 'note', text: '仅统计数量和状态，谈话内容不在报表中显示' })]));
    var rg = t.regulations || NO_REGULATIONS;
    box.appendChild(card('制度汇编', [
      figure('现行制度', rg.inForce), figure('本年汇编', rg.compiled), figure('应学人数', rg.studyAsked),
      figure('已确认学习', rg.studied)
    ], [progressBar('学习确认率', rg.studied, rg.studyAsked)]));
    var sb = t.siteBuilding || NO_SITES;
    box.appendChild(card('项目党建联建', [
      figure('服务指导组', sb.serviceGroups), figure('项目党组织', sb.projectOrganisations),
      figure('联建协议', sb.jointBuilding), figure('临时党支部', sb.temporaryBranches), figure('党员示范岗', sb.modelPosts)
    ], [el('p', { className: 'note', text: '在建项目当前情况，不分年度' })]));
    box.appendChild(card('组织情况', [
      figure('单位', org.units), figure('在册人员', org.people), figure('两新组织', org.newOrganisations),
      figure('协会', org.associations)
    ], [progressBar('两新组织有纪检委员', org.newOrganisationsWithInspector, org.newOrganisations)]));
  }

  /* ---------- running work ---------- */

  function chip(text, kind) {
    return el('span', { className: 'chip ' + (kind || ''), text: text });
  }

  function renderProgress(data) {
    var t = data.total.taskList;
    var tasks = $('progress-tasks');
    clear(tasks);
    if (t.tasks === 0) {
      tasks.appendChild(el('p', { className: 'empty', text: '本年度尚无任务清单。' }));
    } else {
      tasks.appendChild(progressBar('各牵头单位已签收', t.signed, t.tasks, ' 项'));
      tasks.appendChild(progressBar('已核验销号', t.closed, t.tasks, ' 项'));
      tasks.appendChild(el('p', { className: t.overdue > 0 ? 'alert-text' : 'note',
        text: t.overdue > 0 ? '逾期未完成 ' + n(t.overdue) + ' 项' : '暂无逾期任务' }));
    }

    var cascade = $('progress-cascade');
    clear(cascade);
    if (!data.cascade) {
      cascade.appendChild(el('p', { className: 'empty', text: '本年度尚未起草责任书。' }));
    } else {
      cascade.appendChild(el('p', null, '状态：', chip(LETTER_STATUS[data.cascade.status] || data.cascade.status,
        data.cascade.status === 'COMPLETED' ? 'done' : 'running'), '　责任条款 ' + data.cascade.aspects + ' 条'));
      cascade.appendChild(progressBar('合计', data.total.letters.signed, data.total.letters.expected, ' 人'));
      (data.cascade.levels || []).forEach(function (level) {
        cascade.appendChild(progressBar(level.name, level.signed, level.expected, ' 人'));
      });
    }

    var campaigns = $('progress-campaigns');
    clear(campaigns);
    if (!data.campaigns || data.campaigns.length === 0) {
      campaigns.appendChild(el('p', { className: 'empty', text: '本年度尚未发起查改剖活动。' }));
    }
    (data.campaigns || []).forEach(function (c) {
      var f = c.figures;
      campaigns.appendChild(el('div', { className: 'campaign', 'data-campaign-id': c.id },
        el('div', { className: 'campaign-head' },
          el('strong', { text: c.name }), ' ',
          chip(CAMPAIGN_STATUS[c.status] || c.status, c.status === 'OPEN' ? 'running' : 'done'),
          c.reviewDue ? el('span', { className: 'note', text: '审核截止 ' + c.reviewDue }) : null),
        progressBar('应参加 ' + n(f.members) + ' 人 · 已提交', f.submitted, f.members, ' 人'),
        progressBar('支部书记已审核通过', f.approved, f.members, ' 人')));
    });
  }

  /* ---------- exports ---------- */

  function exportLink(label, href, note) {
    var item = el('li');
    if (href) {
      item.appendChild(el('a', { href: href, className: 'export', text: label }));
    } else {
      item.appendChild(el('span', { className: 'export disabled', text: label }));
    }
    if (note) {
      item.appendChild(el('span', { className: 'note', text: note }));
    }
    return item;
  }

  function renderExports(data) {
    var year = encodeURIComponent(data.year);
    var list = $('exports');
    clear(list);
    var hasTasks = data.total.taskList.tasks > 0;
    list.appendChild(exportLink(data.year + ' 年度任务清单台账', hasTasks ? '/api/task-lists/' + year + '/export' : null,
      hasTasks ? '全部任务、签收与进展' : '本年度尚无任务清单'));
    list.appendChild(exportLink(data.year + ' 年度责任书签订台账', data.cascade ? '/api/letters/' + year + '/export' : null,
      data.cascade ? '逐级签订情况' : '本年度尚未起草责任书'));
    (data.campaigns || []).forEach(function (c) {
      list.appendChild(exportLink('查改剖台账：' + c.name, '/api/self-review/campaigns/' + encodeURIComponent(c.id) + '/export',
        '每名党员的查、改、剖与审核'));
    });
    if (!data.campaigns || data.campaigns.length === 0) {
      list.appendChild(exportLink('查改剖台账', null, '本年度尚未发起查改剖活动'));
    }
    list.appendChild(exportLink(data.year + ' 年度廉政风险点台账', '/api/risk-points/export?year=' + year, '风险点、等级与管控措施'));
    list.appendChild(exportLink(data.year + ' 年度书记领办党建项目台账', '/api/secretary-projects/export?year=' + year,
      '项目、里程碑、进展报告与评审打分'));
    list.appendChild(exportLink(data.year + ' 年度党纪教育台账', '/api/education/export?year=' + year,
      '学习活动、签到明细与单位出勤'));
    list.appendChild(exportLink(data.year + ' 年度廉政谈话台账', '/api/integrity-talks/export?year=' + year,
      '谈话函询的数量和状态（纪检监察组导出含内容）'));
    list.appendChild(exportLink(data.year + ' 年度制度汇编台账', '/api/regulations/export?year=' + year,
      '制度目录、汇编目录、学习确认与立改废'));
    list.appendChild(exportLink('项目党建联建台账', '/api/site-building/export?year=' + year,
      '在建项目、项目党组织、联建协议与活动、党员示范岗、临时党支部应建未建'));
  }

  /* ---------- the per-unit table ---------- */

  function average(rates) {
    var known = rates.filter(function (r) { return r !== null; });
    return known.length ? known.reduce(function (a, b) { return a + b; }, 0) / known.length : null;
  }

  function toRow(unit, index) {
    var f = unit.figures;
    var row = {
      order: index,
      id: unit.unitId,
      name: unit.unitName || unit.unitId,
      people: unit.people,
      f: f,
      taskSigned: rate(f.taskList.signed, f.taskList.tasks),
      taskClosed: rate(f.taskList.closed, f.taskList.tasks),
      taskOverdue: f.taskList.tasks > 0 ? f.taskList.overdue : null,
      letterSigned: rate(f.letters.signed, f.letters.expected),
      reviewSubmitted: rate(f.selfReview.submitted, f.selfReview.members),
      reviewApproved: rate(f.selfReview.approved, f.selfReview.members),
      riskHigh: f.riskPoints.identified > 0 ? f.riskPoints.high : null,
      riskControlled: rate(f.riskPoints.controlled, f.riskPoints.identified),
      projects: (f.secretaryProjects || NO_PROJECTS).proposed || null,
      sites: siteCount(f.siteBuilding || NO_SITES) || null,
      attendance: rate((f.education || NO_EDUCATION).signedIn, (f.education || NO_EDUCATION).expected)
    };
    row.overall = average([row.taskSigned, row.letterSigned, row.reviewSubmitted, row.riskControlled]);
    row.active = f.taskList.tasks > 0 || f.letters.expected > 0 || f.selfReview.members > 0 || f.riskPoints.identified > 0
      || row.projects !== null || row.sites !== null || row.attendance !== null;
    row.search = (row.name + ' ' + row.id).toLowerCase();
    return row;
  }

  function compare(a, b) {
    var key = state.sortKey;
    var dir = state.sortDir === 'desc' ? -1 : 1;
    var x = a[key];
    var y = b[key];
    if (key === 'name') {
      return dir * collator.compare(x, y) || a.order - b.order;
    }
    // Units without the figure go last whichever way round.
    if (x === null && y === null) {
      return a.order - b.order;
    }
    if (x === null) {
      return 1;
    }
    if (y === null) {
      return -1;
    }
    return dir * (x - y) || a.order - b.order;
  }

  /** 立项 and 结题 of the unit's projects: "3 立项 · 1 结题", or a dash without any. */
  function projectsCell(sp) {
    if (!sp.proposed) {
      return el('span', { className: 'dash', text: '—' });
    }
    return el('span', { className: 'cell-figure', text: n(sp.approved) + ' 立项 · ' + n(sp.concluded) + ' 结题'
      + (sp.excellent ? ' · ' + n(sp.excellent) + ' 优秀' : '') });
  }

  function siteCount(sb) {
    return sb.projectOrganisations + sb.jointBuilding + sb.temporaryBranches + sb.modelPosts + sb.serviceGroups;
  }

  /** What the unit does on construction sites: its project organisations, 联建, temporary branches, model posts. */
  function sitesCell(sb) {
    var parts = [];
    if (sb.serviceGroups) parts.push(n(sb.serviceGroups) + ' 服务组');
    if (sb.projectOrganisations) parts.push(n(sb.projectOrganisations) + ' 党组织');
    if (sb.jointBuilding) parts.push(n(sb.jointBuilding) + ' 联建');
    if (sb.temporaryBranches) parts.push(n(sb.temporaryBranches) + ' 临时支部');
    if (sb.modelPosts) parts.push(n(sb.modelPosts) + ' 示范岗');
    return parts.length ? el('span', { className: 'cell-figure', text: parts.join(' · ') })
      : el('span', { className: 'dash', text: '—' });
  }

  function unitRow(row) {
    var f = row.f;
    var overdue = row.taskOverdue === null ? el('span', { className: 'dash', text: '—' })
      : el('span', { className: row.taskOverdue > 0 ? 'alert-text' : '', text: n(row.taskOverdue) });
    var overall = row.overall === null ? el('span', { className: 'dash', text: '—' }) : (function () {
      var bar = el('span', { className: 'mini-bar ' + grade(row.overall) }, el('span', { className: 'fill' }));
      bar.firstChild.style.width = (row.overall * 100).toFixed(1) + '%';
      return el('span', { className: 'cell-bar' }, bar, el('span', { className: 'cell-figure', text: percent.format(row.overall) }));
    })();
    return el('tr', { 'data-unit-id': row.id },
      el('th', { scope: 'row', className: 'unit-col' }, el('span', { className: 'unit-name', text: row.name }),
        el('span', { className: 'unit-id', text: row.id })),
      el('td', { className: 'num', text: n(row.people) }),
      el('td', null, cellBar(f.taskList.signed, f.taskList.tasks)),
      el('td', null, cellBar(f.taskList.closed, f.taskList.tasks)),
      el('td', { className: 'num' }, overdue),
      el('td', null, cellBar(f.letters.signed, f.letters.expected)),
      el('td', null, cellBar(f.selfReview.submitted, f.selfReview.members)),
      el('td', null, cellBar(f.selfReview.approved, f.selfReview.members)),
      el('td', null, riskBar(f.riskPoints, true)),
      el('td', null, cellBar(f.riskPoints.controlled, f.riskPoints.identified)),
      el('td', null, projectsCell(f.secretaryProjects || NO_PROJECTS)),
      el('td', null, cellBar((f.education || NO_EDUCATION).signedIn, (f.education || NO_EDUCATION).expected)),
      el('td', null, sitesCell(f.siteBuilding || NO_SITES)),
      el('td', null, overall));
  }

  function renderUnits() {
    var filter = state.filter.trim().toLowerCase();
    var shown = state.rows.filter(function (row) {
      return (!filter || row.search.indexOf(filter) >= 0) && (!state.onlyActive || row.active);
    }).sort(compare);
    var body = document.querySelector('#units tbody');
    var fragment = document.createDocumentFragment();
    shown.forEach(function (row) { fragment.appendChild(unitRow(row)); });
    clear(body);
    body.appendChild(fragment);
    $('units-empty').hidden = shown.length > 0;
    $('unit-count').textContent = '显示 ' + n(shown.length) + ' / ' + n(state.rows.length) + ' 个单位';
    document.querySelectorAll('#units thead th').forEach(function (th) {
      var active = th.getAttribute('data-key') === state.sortKey;
      th.setAttribute('aria-sort', active ? (state.sortDir === 'asc' ? 'ascending' : 'descending') : 'none');
    });
    var preset = state.sortKey + ':' + state.sortDir;
    var select = $('sort-preset');
    select.value = Array.prototype.some.call(select.options, function (o) { return o.value === preset; }) ? preset : '';
  }

  function setupTable() {
    document.querySelectorAll('#units thead th').forEach(function (th) {
      var key = th.getAttribute('data-key');
      var button = el('button', { type: 'button', className: 'sort', title: '按此列排序' });
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        if (state.sortKey === key) {
          state.sortDir = state.sortDir === 'asc' ? 'desc' : 'asc';
        } else {
          state.sortKey = key;
          state.sortDir = key === 'name' || key === 'people' ? (key === 'name' ? 'asc' : 'desc') : 'asc';
        }
        renderUnits();
      });
    });
    $('sort-preset').addEventListener('change', function (e) {
      if (!e.target.value) {
        return;
      }
      var parts = e.target.value.split(':');
      state.sortKey = parts[0];
      state.sortDir = parts[1];
      renderUnits();
    });
    $('unit-filter').addEventListener('input', function (e) {
      state.filter = e.target.value;
      renderUnits();
    });
    $('only-active').addEventListener('change', function (e) {
      state.onlyActive = e.target.checked;
      renderUnits();
    });
  }

  /* ---------- loading ---------- */

  function showStatus(kind, parts) {
    var status = $('status');
    clear(status);
    status.className = 'status ' + kind;
    parts.forEach(function (p) { status.appendChild(typeof p === 'string' ? document.createTextNode(p) : p); });
    status.hidden = false;
  }

  async function problemDetail(response) {
    try {
      var body = await response.json();
      return body && body.detail ? String(body.detail) : '';
    } catch (notJson) {
      return '';
    }
  }

  async function load() {
    var year = state.year;
    var request = ++state.request;
    showStatus('loading', ['正在加载 ' + year + ' 年度数据……']);
    $('reload').disabled = true;
    try {
      var response;
      var data;
      try {
        response = await fetch('/api/dashboard?year=' + encodeURIComponent(year) + '&by=unit', {
          credentials: 'same-origin',
          headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
        });
        data = response.ok ? await response.json() : null;
      } catch (network) {
        if (request === state.request) {
          showStatus('error', ['无法连接服务器，请检查网络后重试。 ', retryButton()]);
        }
        return;
      }
      if (request !== state.request) {
        return;
      }
      if (data) {
        show(data);
      } else {
        showProblem(response.status, await problemDetail(response));
      }
    } finally {
      if (request === state.request) {
        $('reload').disabled = false;
      }
    }
  }

  function showProblem(status, detail) {
    $('content').hidden = true;
    if (status === 401) {
      showStatus('error', ['您尚未登录清廉工作流，或登录已过期。请先 ',
        el('a', { href: LOGIN_URL, id: 'login-link', text: '登录' }),
        '（与任务列表同一账号），登录后回到本页（',
        el('span', { className: 'url', text: location.pathname }), '）刷新即可查看。']);
    } else if (status === 403) {
      showStatus('error', ['您没有查看党建报表的权限：',
        detail || '党建报表仅机关党委、党组成员和管理员可以查看。', '如需查看，请联系机关党委。']);
    } else {
      showStatus('error', ['数据加载失败（HTTP ' + status + '）' + (detail ? '：' + detail : '。') + ' ', retryButton()]);
    }
  }

  function retryButton() {
    var button = el('button', { type: 'button', className: 'secondary', text: '重试' });
    button.addEventListener('click', load);
    return button;
  }

  function show(data) {
    state.card = data;
    state.rows = (data.units || []).map(toRow);
    $('summary-year').textContent = String(data.year);
    $('as-of').textContent = '数据时间：' + chinaDate.format(new Date()) + '（北京时间）。人数为在册人员，不含已离职、调出人员。';
    renderSummary(data);
    renderProgress(data);
    renderExports(data);
    renderUnits();
    $('status').hidden = true;
    $('content').hidden = false;
  }

  function setupYears() {
    var current = chinaYear();
    var fromUrl = Number(new URLSearchParams(location.search).get('year'));
    state.year = fromUrl >= 2000 && fromUrl <= 2100 ? fromUrl : current;
    var years = [];
    for (var y = current + 1; y >= current - 5; y--) {
      years.push(y);
    }
    if (years.indexOf(state.year) < 0) {
      years.push(state.year);
      years.sort(function (a, b) { return b - a; });
    }
    var select = $('year');
    years.forEach(function (y) {
      select.appendChild(el('option', { value: y, text: y + ' 年' }));
    });
    select.value = String(state.year);
    select.addEventListener('change', function () {
      state.year = Number(select.value);
      var url = new URL(location.href);
      url.searchParams.set('year', String(state.year));
      history.replaceState(null, '', url);
      load();
    });
    $('reload').addEventListener('click', load);
  }

  setupYears();
  setupTable();
  load();
}());
