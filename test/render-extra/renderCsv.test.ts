/**
 * CSV: RFC 4180 quoting and formula neutralisation, golden, on a real repository whose task text
 * tries every trick a spreadsheet would fall for.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { csvField } from '../../src/render/renderCsv.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

describe('csvField', () => {
  it('quotes commas, quotes and line breaks; doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('neutralises every formula start with a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Not at the start: left alone. Numbers are ours and never neutralised.
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-1)).toBe('-1');
  });
});

describe('report --format csv', () => {
  it('one row a task: date in the zone, repositories, commits, figures (golden)', async () => {
    const repo = await createTempRepo({ name: 'billing' });
    const a = await repo.commit({ message: leverageMessage('formula', { Task: '=cmd|\' /C calc\'!A0', 'Human-Estimate': '2h', 'Claude-Minutes': 10, 'Supervisory-Minutes': 3, Tokens: '12k' }), date: '2026-04-12T01:30:00+02:00' });
    const b = await repo.commit({ message: leverageMessage('quotes', { Task: '@channel Fix "quoted", comma task', 'Task-Id': 'OPS-1', 'Human-Estimate': '90m', 'Claude-Minutes': 45 }), date: '2026-04-12T12:00:00+02:00' });
    const c = await repo.commit({ message: leverageMessage('dash', { Task: '-1 rows +2 rows', 'Human-Estimate': '1h', 'Claude-Minutes': 20 }), date: '2026-04-12T13:00:00+02:00' });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'Europe/Berlin', '--format', 'csv'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'rank,date,task,task_id,repositories,commits,human_hours,human_minutes,claude_minutes,supervisory_minutes,tokens,factor,supervisory_factor',
        `1,2026-04-12,'=cmd|' /C calc'!A0,,billing,${a.slice(0, 12)},2,120,10,3,12000,12,40`,
        `2,2026-04-12,'-1 rows +2 rows,,billing,${c.slice(0, 12)},1,60,20,,,3,`,
        `3,2026-04-12,"'@channel Fix ""quoted"", comma task",OPS-1,billing,${b.slice(0, 12)},1.5,90,45,,,2,`,
        '',
      ].join('\r\n'),
    );
  });
});
