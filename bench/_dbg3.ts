import { startHarness } from '../e2e/harness';
import { measureCaseToPanel } from './case-to-panel';
const h = await startHarness();
await h.configure();
const s = await measureCaseToPanel(
  h,
  [
    'C-1001',
    'C-1002',
    'C-1003',
    'C-1004',
    'C-1005',
    'C-1006',
    'C-1007',
    'C-1008',
    'C-1010',
    'C-1011',
  ],
  20,
);
console.log(s.map(Math.round).join(' '));
await h.close();
