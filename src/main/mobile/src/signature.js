// A signature drawn with a finger: strokes on a canvas, sent as a small PNG (ink on transparent).
import { h } from './ui.js';

const WIDTH = 600; // px of the PNG sent: enough for the letter's PDF, a few KB

export class SignaturePad {
  constructor(required) {
    this.required = required;
    this.strokes = [];
    this.canvas = h('canvas', { class: 'signature-canvas', role: 'img', 'aria-label': '签名区：请用手指在此书写姓名' });
    const clear = h('button', { type: 'button', class: 'secondary', onclick: () => this.clear() }, '重写');
    this.status = h('span', { class: 'meta', 'aria-live': 'polite' }, '尚未签名');
    this.element = h('section', { class: 'signature', 'aria-labelledby': 'signature-title' },
      h('h2', { id: 'signature-title' }, '手写签名' + (required ? '（必填）' : '（选填）')),
      h('p', { class: 'hint' }, required ? '请在框内手写签名，签名将随本步骤保存。'
        : '确认签订时可在框内手写签名，签名将印在签订的责任书上。'),
      this.canvas,
      h('div', { class: 'buttons' }, this.status, clear));
    this.listen();
    new ResizeObserver(() => this.resize()).observe(this.canvas);
  }

  /** An optional signature goes with a 确认签订, not with a 退回修改. */
  wanted(values) {
    return this.required || values.signed !== false;
  }

  hasInk() {
    return this.strokes.some(stroke => stroke.length > 1);
  }

  clear() {
    this.strokes = [];
    this.status.textContent = '尚未签名';
    this.draw();
  }

  resize() {
    const ratio = window.devicePixelRatio || 1;
    const { width, height } = this.canvas.getBoundingClientRect();
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.draw();
  }

  listen() {
    let current = null;
    const point = event => {
      const box = this.canvas.getBoundingClientRect();
      return [(event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height];
    };
    this.canvas.addEventListener('pointerdown', event => {
      event.preventDefault();
      this.canvas.setPointerCapture(event.pointerId);
      current = [point(event)];
      this.strokes.push(current);
    });
    this.canvas.addEventListener('pointermove', event => {
      if (!current) return;
      event.preventDefault();
      current.push(point(event));
      this.draw();
    });
    const end = () => {
      if (current && this.hasInk()) this.status.textContent = '已签名';
      current = null;
    };
    this.canvas.addEventListener('pointerup', end);
    this.canvas.addEventListener('pointercancel', end);
  }

  draw(canvas = this.canvas) {
    const context = canvas.getContext('2d');
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
    context.lineWidth = Math.max(2, canvas.width / 150);
    for (const stroke of this.strokes) {
      context.beginPath();
      stroke.forEach(([x, y], i) => (i ? context.lineTo : context.moveTo).call(context, x * canvas.width, y * canvas.height));
      context.stroke();
    }
  }

  /** The strokes again on a canvas of a fixed size: the same PNG whatever the phone's screen. */
  png() {
    const box = this.canvas.getBoundingClientRect();
    const out = document.createElement('canvas');
    out.width = WIDTH;
    out.height = Math.round(WIDTH * box.height / box.width);
    this.draw(out);
    return new Promise(resolve => out.toBlob(resolve, 'image/png'));
  }
}
