// A task's own Camunda Form (forms/*.form, as deployed with its process) in the form-js viewer, loaded
// and submitted the way Tasklist does it (webapps' cam-tasklist-form-camunda.js): the variables as
// data, primitives sent untyped, lists and objects as JSON with the type they came with.
import { Form } from '@bpmn-io/form-js-viewer';
import flatpickr from 'flatpickr';
import { Mandarin } from 'flatpickr/dist/l10n/zh.js';
import { api } from './api.js';
import { zh } from './zh.js';
import { h } from './ui.js';

flatpickr.localize(Mandarin);

const PICKERS = [
  [/-textfield_measure\dOwner$/, 'people'],
  [/-textfield_(teamMember|judge)\d$/, 'people'],
  [/-textfield_unit$/, 'units'],
  [/-textfield_post$/, 'posts']
];

export class TaskForm {
  constructor(host, taskId) {
    this.host = host;
    this.taskId = taskId;
    this.path = '/engine-rest/task/' + encodeURIComponent(taskId);
    this.draftKey = 'qinglian-m:draft:' + taskId;
  }

  async load({ schema, variables }) {
    this.variables = variables || {};
    const data = {};
    for (const [name, variable] of Object.entries(this.variables)) {
      if ((variable.type === 'Json' || (variable.valueInfo && variable.valueInfo.serializationDataFormat === 'application/json'))
        && typeof variable.value === 'string') {
        try {
          data[name] = JSON.parse(variable.value);
        } catch (e) {
          data[name] = variable.value;
        }
      } else if (variable.type === 'Date' && variable.value) {
        data[name] = String(variable.value).replace(/\.\d+/, '').replace(/[+-]\d{2}:?\d{2}$|Z$/, '');
      } else {
        data[name] = variable.value;
      }
    }
    this.host.replaceChildren();
    this.form = new Form({ container: this.host, additionalModules: [{ translate: ['value', zh] }] });
    await this.form.importSchema(schema, { ...data, ...this.draft() });
    this.form.on('changed', 500, ({ data: now }) => this.saveDraft(now));
    this.enhance();
    this.observer = new MutationObserver(() => this.enhance());
    this.observer.observe(this.host, { childList: true, subtree: true });
  }

  /** The form's values if it is valid (form-js marks each field in error otherwise), else null. */
  validate() {
    this.host.querySelectorAll('.fjs-form-field[data-held]').forEach(field => {
      field.style.minHeight = '';
      delete field.dataset.held;
    });
    const { data, errors } = this.form.submit();
    return Object.keys(errors).length ? null : data;
  }

  invalidLabels() {
    const labels = [...new Set(this.errorFields().map(labelOf).filter(Boolean))];
    return labels.length ? '：' + labels.join('、') : '';
  }

  /**
   * Keeps each field in error as tall as it is now. form-js removes a fixed field's message when the
   * field loses focus, and the form below would move up under the finger that tapped the next field.
   */
  holdErrorSpace() {
    this.errorFields().forEach(field => {
      field.style.minHeight = field.offsetHeight + 'px';
      field.dataset.held = 'true';
    });
  }

  focusFirstError() {
    const first = this.errorFields()[0];
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    const input = first.querySelector('input, textarea, select, button');
    if (input) input.focus({ preventScroll: true });
  }

  errorFields() {
    return [...this.host.querySelectorAll('.fjs-has-errors')].filter(field => field.offsetParent !== null);
  }

  async submit(values) {
    const variables = {};
    for (const [key, value] of Object.entries(values)) {
      if (value !== null && typeof value === 'object') {
        const known = this.variables[key];
        variables[key] = { type: known ? known.type : 'Json', valueInfo: known ? known.valueInfo : null, value: JSON.stringify(value) };
      } else {
        variables[key] = { value };
      }
    }
    await api(this.path + '/submit-form', { method: 'POST', json: { variables } });
    localStorage.removeItem(this.draftKey);
    this.observer.disconnect();
  }

  draft() {
    try {
      return JSON.parse(localStorage.getItem(this.draftKey)) || {};
    } catch (e) {
      return {};
    }
  }

  /** What the member typed so far, kept on this phone until the step is submitted (a call, a lost signal). */
  saveDraft(data) {
    const typed = {};
    this.form.get('formFieldRegistry').getAll().forEach(field => {
      if (field.key && !field.readonly && !field.disabled && data[field.key] !== undefined) typed[field.key] = data[field.key];
    });
    try {
      localStorage.setItem(this.draftKey, JSON.stringify(typed));
    } catch (e) {
      // storage full or off (private mode): the form still works, without a draft
    }
  }

  /** Character counts on text areas, Chinese date placeholders, people/units/posts picked by name. */
  enhance() {
    // Counts go in an attribute shown by CSS: a node added inside form-js's own markup would upset its rendering.
    this.host.querySelectorAll('textarea.fjs-textarea').forEach(area => {
      const field = area.closest('.fjs-form-field');
      if (!field || area.dataset.counted) return;
      area.dataset.counted = '1';
      const update = () => field.setAttribute('data-count', '已输入 ' + Array.from(area.value).length + ' 字');
      area.addEventListener('input', update);
      update();
    });
    this.host.querySelectorAll('.fjs-form-field-datetime input[type="text"]').forEach(input => {
      if (input.placeholder !== '请选择日期') input.placeholder = '请选择日期';
    });
    this.host.querySelectorAll('input.fjs-input[id]').forEach(input => {
      const picker = PICKERS.find(([pattern]) => pattern.test(input.id));
      if (picker && !input.getAttribute('list')) attachPicker(input, picker[1], this.host);
    });
  }
}

function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label');
  if (!label) return '';
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.fjs-asterix, input').forEach(node => node.remove());
  return copy.textContent.trim();
}

let organisation;
function loadOrganisation() {
  if (!organisation) {
    organisation = Promise.all([api('/api/org/units'), api('/api/org/people')])
      .then(([units, people]) => ({ units, people }))
      .catch(e => { organisation = undefined; throw e; });
  }
  return organisation;
}

function datalist(id, options) {
  let list = document.getElementById(id);
  if (!list) {
    list = h('datalist', { id });
    document.body.append(list);
  }
  list.replaceChildren(...options.map(([value, label]) => h('option', { value, label: label || null })));
  return id;
}

async function attachPicker(input, kind, host) {
  input.setAttribute('list', 'pending');
  const org = await loadOrganisation().catch(() => null);
  if (!org) return input.removeAttribute('list');
  const unitNames = new Map(org.units.map(u => [u.id, u.name]));
  input.setAttribute('autocomplete', 'off');
  if (kind === 'people') {
    input.setAttribute('list', datalist('pick-people', org.people.filter(p => p.active)
      .map(p => [p.name + '（' + p.id + '）', (unitNames.get(p.unitId) || '') + (p.post ? ' · ' + p.post : '')])));
  } else if (kind === 'units') {
    input.setAttribute('list', datalist('pick-units', org.units.map(u => [u.name + '（' + u.id + '）', ''])));
  } else {
    const refresh = () => {
      const unitInput = host.querySelector('input[id$="-textfield_unit"]');
      const text = unitInput ? unitInput.value.trim() : '';
      const match = text.match(/[（(]\s*([A-Za-z0-9_.-]+)\s*[）)]$/);
      const unit = match ? match[1] : text;
      const posts = [...new Set(org.people.filter(p => p.unitId === unit && p.post).map(p => p.post))].sort();
      input.setAttribute('list', datalist('pick-posts', posts.map(post => [post, unitNames.get(unit) || ''])));
    };
    refresh();
    input.addEventListener('focus', refresh);
  }
}
