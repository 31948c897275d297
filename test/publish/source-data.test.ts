// The small source files of downloads/<year>/source/ (src/publish/source-data.ts sourceCsv): the
// rows as read, in line order, each with its file and line; the text of rows already written is
// given again (the live server's unchanged files) and never that of other rows or another file.

import { describe, expect, it } from 'vitest';
import { sourceCsv } from '../../src/publish/source-data.ts';
import type { MeetingMonth } from '../../src/model/records.ts';

const BOM = '\uFEFF';

describe('sourceCsv', () => {
  it('writes the rows in line order, with their file and line, by hand', () => {
    const rows: MeetingMonth[] = [
      { line: 3, month: '2025-02', physical: 1, virtual: 0.5, hybrid: 0 },
      { line: 2, month: '2025-01', physical: 3, virtual: 4, hybrid: 1 },
    ];
    expect(sourceCsv({ kind: 'meetings', path: '2025/meetings.csv', rows })).toEqual({
      name: 'meetings.csv',
      text: `${BOM}source_file,line,month,physical,virtual,hybrid\r\n2025/meetings.csv,2,2025-01,3,4,1\r\n2025/meetings.csv,3,2025-02,1,0.5,0\r\n`,
    });
  });

  it('gives the same rows the same text, and other rows or another file their own', () => {
    const rows: MeetingMonth[] = [{ line: 2, month: '2025-01', physical: 3, virtual: 4, hybrid: 1 }];
    const first = sourceCsv({ kind: 'meetings', path: '2025/meetings.csv', rows });
    expect(sourceCsv({ kind: 'meetings', path: '2025/meetings.csv', rows })).toBe(first);
    // The same array under another file's name: that file's name in every line.
    expect(sourceCsv({ kind: 'meetings', path: '2024/meetings.csv', rows }).text).toContain('\r\n2024/meetings.csv,2,2025-01,');
    // Equal rows in another array: the same text, made again.
    const again = sourceCsv({ kind: 'meetings', path: '2025/meetings.csv', rows: [{ ...rows[0]! }] });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    const changed = sourceCsv({ kind: 'meetings', path: '2025/meetings.csv', rows: [{ ...rows[0]!, virtual: 5 }] });
    expect(changed.text).toContain('2025/meetings.csv,2,2025-01,3,5,1\r\n');
  });
});
