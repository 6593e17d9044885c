import { chromium } from 'playwright-core';
import { startCaseApi } from '../server';
import { putCases } from '../server/db/write-cases';
import { benchCase } from './extraction';
const api = await startCaseApi({ port: 0 });
putCases(api.db, [benchCase(500), benchCase(5000)]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
for (const n of [500, 5000]) {
  await page.goto(`${api.url}/console/cases/C-BENCH-${n}`);
  await page.waitForFunction((c) => document.querySelectorAll('.thread > .message').length === c, n);
  const r = await page.evaluate(`(() => {
    const out = {};
    const time = (k, f) => { f(); const s = performance.now(); f(); out[k] = +(performance.now() - s).toFixed(1); };
    const root = document.querySelector('.case-view');
    const msgs = Array.from(root.querySelectorAll('.thread > .message'));
    
    time('qsa .message-head time', () => msgs.forEach((m) => m.querySelectorAll('.message-head time')));
    time('qsa time', () => msgs.forEach((m) => m.querySelectorAll('time')));
    time('qsa .message-head > time', () => msgs.forEach((m) => m.querySelectorAll('.message-head > time')));
    time('qsa :scope .message-head time', () => msgs.forEach((m) => m.querySelectorAll(':scope .message-head time')));
    time('qsa :scope > .message-head > time', () => msgs.forEach((m) => m.querySelectorAll(':scope > .message-head > time')));
    time('qs .message-head time', () => msgs.forEach((m) => m.querySelector('.message-head time')));
    time('qsa .attachment img', () => msgs.forEach((m) => m.querySelectorAll('.attachment img')));
    time('qsa img', () => msgs.forEach((m) => m.querySelectorAll('img')));
    time('gEBTN img', () => msgs.forEach((m) => Array.from(m.getElementsByTagName('img'))));
    time('qsa .message-author', () => msgs.forEach((m) => m.querySelectorAll('.message-author')));
    time('qsa .message-body', () => msgs.forEach((m) => m.querySelectorAll('.message-body')));
    time('qsa [data-x]', () => msgs.forEach((m) => m.querySelectorAll('[data-x]')));
    time('qsa div span', () => msgs.forEach((m) => m.querySelectorAll('div span')));
    time('noop', () => msgs.forEach((m) => m));
    return out;
})()`);
  console.log(n, r);
}
await browser.close(); await api.close();
