import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../report';
import { cohortReportCsv, toCsv } from '../report-csv';
import { ATTEMPTS, ESCALATING, SET, attempt } from './cohort-fixture';

describe('cohort report CSV', () => {
  it('writes a header and one row per trainee', () => {
    const csv = cohortReportCsv(buildCohortReport(SET, ATTEMPTS, ESCALATING), SET);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(6); // header, four trainees, and the closing CRLF
    expect(lines[0]).toBe(
      'Set ID,Reviewer ID,Name,Done,Total,Accuracy,Kappa,Must-escalate accuracy,' +
        'Disputed matched,Disputed done,Verdict,Reasons',
    );
    expect(lines[1]).toBe(
      'set-1,ana,Ana Trainee,5,5,0.75,0.6667,1,0,1,failed,kappa 0.67 is below 0.80',
    );
    expect(lines[3]).toBe('set-1,cy,Cy Trainee,0,5,,,,0,0,in-progress,0 of 5 items done');
    expect(lines[5]).toBe('');
  });

  it('neutralises formulas in names and ids that come from outside', () => {
    const hostile = [
      attempt('=cmd', 'c1', 'remove', [], { reviewerName: '=HYPERLINK("http://x","y")' }),
      attempt('@sum', 'c1', 'remove', [], { reviewerName: '+1' }),
      attempt('minus', 'c1', 'remove', [], { reviewerName: '-2' }),
    ];
    const set = { ...SET, assignments: [] };
    const csv = cohortReportCsv(buildCohortReport(set, hostile, ESCALATING), set);
    expect(csv).toContain(`'=cmd,"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'@sum,'+1,`);
    expect(csv).toContain(`minus,'-2,`);
  });

  it('quotes per RFC 4180 and leaves our own negative numbers alone', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain', -0.25, null]])).toBe(
      '"a,b","say ""hi""","two\nlines",plain,-0.25,\r\n',
    );
    expect(toCsv([['\tTab', '\rCR']])).toBe(`'\tTab,"'\rCR"\r\n`);
  });
});
