import { createApp, DEMO_TOKENS, openDatabase } from '../server';

/**
 * Child process of the feedback export bench: exports every decision of the database at
 * argv[2] through the real route, reading the stream to the end, and prints the time taken
 * and this process's peak memory (its own process, so seeding does not count).
 */
const path = process.argv[2];
if (path === undefined) throw new Error('usage: feedback-export-run.ts <db file> [format]');
const format = process.argv[3] ?? 'eval';

const app = createApp(openDatabase(path), { demoConsoles: false });
// What the process holds before the export (tsx, the server's modules, the name lists).
const baseMb = process.memoryUsage().rss / 1024 / 1024;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const response = await app.request(`/api/feedback/export?format=${format}`, {
  headers: { Authorization: `Bearer ${DEMO_TOKENS.lead}` },
});
if (response.status !== 200 || response.body === null) {
  throw new Error(`export answered ${response.status}: ${await response.text()}`);
}
let lines = 0;
const reader = response.body.getReader();
for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
  for (const byte of chunk.value) if (byte === 10) lines += 1;
}
const ms = performance.now() - started;
// CPU time too: on a shared machine the wall time mostly measures the other processes.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
// maxRSS is in kilobytes.
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, cpuMs, peakMb, baseMb, lines }));
