// readCsvFile as a whole: encodings, dialects, quoting, physical lines, header, rows.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SETTINGS, csv, readText } from './helpers.ts';

const MEET = '2025/meetings.csv';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

// Danish header, Danish letters in the site column: must come through intact
const ENERGY_DA = csv(['periode_start;periode_slut;lokation;energiart;mængde;enhed', '01-01-2025;31-01-2025;Århus Øst;el;1.234,5;kWh']);

describe('encodings', () => {
  const expected = [{ line: 2, periodStart: '2025-01-01', periodEnd: '2025-01-31', site: 'Århus Øst', carrier: 'electricity', quantity: 1234.5, unit: 'kWh', renewableShare: 0 }];

  it('reads UTF-8 without and with a byte-order mark', async () => {
    for (const bytes of [Buffer.from(ENERGY_DA, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENERGY_DA, 'utf8')])]) {
      const r = await readText('energy', '2025/energy.csv', bytes);
      expect(r.lines).toEqual([]);
      expect(r.records).toEqual(expected);
    }
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    for (const endian of ['le', 'be'] as const) {
      const r = await readText('energy', '2025/energy.csv', utf16(ENERGY_DA, endian));
      expect(r.lines).toEqual([]);
      expect(r.records).toEqual(expected);
    }
  });

  it('falls back to Windows-1252 when the file is not UTF-8', async () => {
    const r = await readText('energy', '2025/energy.csv', Buffer.from(ENERGY_DA, 'latin1'));
    expect(r.lines).toEqual([]);
    expect(r.records).toEqual(expected);
  });

  it('refuses a byte Windows-1252 leaves undefined, on its line', async () => {
    const bytes = Buffer.concat([Buffer.from(csv(['month,physical,virtual', '2025-01,1,2', '2025-02,3,4']), 'latin1'), Buffer.from([0x32, 0x30, 0x81, 0x0a])]);
    bytes[bytes.indexOf(0x31)] = 0xe6; // an æ in 1252 makes the file invalid UTF-8 before the bad byte
    const r = await readText('meetings', MEET, bytes);
    expect(r.lines).toEqual(['2025/meetings.csv:4: error: this line holds a character that is not UTF-8, UTF-16 or Windows-1252 text; save the file again from Excel as "CSV UTF-8 (kommasepareret)" or "CSV (semikolonsepareret)" (Gem som) and check the letters on this line']);
  });

  it('reads a letter of several bytes across the end of a chunk (256 KiB) as UTF-8, and a file that ends inside one as Windows-1252', async () => {
    const header = 'period_start,period_end,carrier,quantity,unit,site\n';
    const row = (site: string): string => `2025-01-01,2025-01-31,electricity,1,kWh,${site}\n`;
    const filler = header + row('Aarhus').repeat(Math.floor((1 << 18) / row('Aarhus').length) - 2);
    const start = Buffer.byteLength(filler + row(''), 'utf8') - 1; // where the last row's site starts
    // each letter, how many of its bytes (C3 A6; E2 82 AC; F0 9F 98 80) end the first chunk, and those bytes read as Windows-1252
    for (const [letter, before, partial] of [['æ', 1, 'Ã'], ['€', 1, 'â'], ['€', 2, 'â‚'], ['😀', 1, 'ð'], ['😀', 2, 'ðŸ'], ['😀', 3, 'ðŸ˜']] as const) {
      const site = `${'x'.repeat((1 << 18) - before - start)}${letter}y`;
      const bytes = Buffer.from(filler + row(site));
      expect(bytes.subarray((1 << 18) - before, (1 << 18) - before + Buffer.byteLength(letter)).toString()).toBe(letter);
      const r = await readText('energy', '2025/energy.csv', bytes);
      expect(r.lines).toEqual([]);
      expect(r.records.at(-1)?.site).toBe(site);
      // the same file cut inside the letter is no UTF-8: read as Windows-1252, its bytes letters of their own
      const cut = await readText('energy', '2025/energy.csv', bytes.subarray(0, 1 << 18));
      expect(cut.lines).toEqual([]);
      expect(cut.records.at(-1)?.site).toBe(`${'x'.repeat((1 << 18) - before - start)}${partial}`);
    }
  });

  it('falls back to Windows-1252 for a byte that is not UTF-8 right after the end of a chunk', async () => {
    const header = 'period_start,period_end,site,carrier,quantity,unit\n';
    const body = `2025-01-01,2025-01-31,${'x'.repeat((1 << 18) - header.length - 22)}`;
    const bytes = Buffer.concat([Buffer.from(header + body.slice(0, (1 << 18) - header.length - 1), 'latin1'), Buffer.from([0xc3, 0xe6]), Buffer.from(',electricity,1,kWh\n')]);
    expect(bytes[(1 << 18) - 1]).toBe(0xc3);
    const r = await readText('energy', '2025/energy.csv', bytes);
    expect(r.lines).toEqual([]);
    expect(r.records[0]?.site.endsWith('xÃæ')).toBe(true);
  });

  it('reports size and SHA-256 of the raw bytes, and the data rows', async () => {
    const bytes = utf16(csv(['month\tphysical\tvirtual', '2025-01\t1\t2', '', '2025-02\t3\t4']), 'le');
    const r = await readText('meetings', MEET, bytes);
    expect(r.info).toEqual({ path: MEET, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), rows: 2 });
  });
});

describe('dialects and quoting', () => {
  it('reads semicolon files with decimal comma, and Danish words', async () => {
    const r = await readText('travel', '2025/travel.csv', csv(['dato;transportform;afstand_km;rejsende;retur', '02-01-2025;Tog;1.165,5;2;Ja'], '\r\n'));
    expect(r.lines).toEqual([]);
    expect(r.records).toEqual([{ line: 2, date: '2025-01-02', mode: 'rail', distanceKm: 1165.5, travellers: 2, roundTrip: true, cabinClass: null, fuel: null, railScope: 'national' }]);
  });

  it('reads comma files with a decimal point and grouping commas inside quotes', async () => {
    const r = await readText('travel', '2025/travel.csv', csv(['date,mode,distance_km', '2025-01-02,flight,"1,234.5"']));
    expect(r.records.map((j) => j.distanceKm)).toEqual([1234.5]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quotes, and counts physical lines', async () => {
    const r = await readText('suppliers', '2025/suppliers.csv', csv([
      'contract_id,supplier,contract_name,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,status',
      'K1,"Hansen, Jensen & Co","Drift ""A""',
      'og B",no,yes,yes,yes,yes,compliant',
      'K2,Other,x,no,yes,yes,yes,yes,maybe',
    ], '\r\n'));
    expect(r.records.map((s) => [s.line, s.supplier, s.contractName])).toEqual([[2, 'Hansen, Jensen & Co', 'Drift "A"\r\nog B']]);
    expect(r.lines).toEqual(['2025/suppliers.csv:4: error: column status: "maybe" is not a known status; write compliant, remediation, non_compliant or terminated (or overholder, afhjælpning, overholder_ikke or ophævet)']);
  });

  it('reports an unterminated quote on the line where its record starts', async () => {
    const r = await readText('meetings', MEET, csv(['month,physical,virtual', '2025-01,1,2', '2025-02,"3,4', '2025-03,5,6']));
    expect(r.lines).toEqual(['2025/meetings.csv:3: error: a quoted value starts on this line but its closing quote (") is missing; add the closing quote, or remove the opening one']);
  });

  it('skips blank lines and all-empty rows, and still counts their lines', async () => {
    const r = await readText('meetings', MEET, csv(['month;physical;virtual', '', ';;', '  ;  ; ', '2025-01;1;x']));
    expect(r.lines).toEqual(['2025/meetings.csv:5: error: column virtual: "x" is not a number; write digits with an optional decimal part, e.g. 1234,5 or 1.234,5']);
    expect(r.info.rows).toBe(1);
  });

  it('reports rows with more or fewer fields than the header', async () => {
    const r = await readText('meetings', MEET, csv(['month,physical,virtual', '2025-01,1,2,3', '2025-02,1']));
    expect(r.lines).toEqual([
      '2025/meetings.csv:2: error: this row has 4 fields, but the header has 3; a value that holds a comma must be put in double quotes ("…")',
      '2025/meetings.csv:3: error: this row has 2 fields, but the header has 3; a value that holds a comma must be put in double quotes ("…")',
    ]);
    expect(r.records).toEqual([]);
  });

  it('trims values', async () => {
    const r = await readText('meetings', MEET, csv(['month,physical,virtual', ' 2025-01 , 1 ,2 ']));
    expect(r.records).toEqual([{ line: 2, month: '2025-01', physical: 1, virtual: 2, hybrid: 0 }]);
  });
});

describe('empty files', () => {
  const EMPTY = '2025/meetings.csv:1: error: the file is empty; it needs at least a header line naming the columns (delete the file if there is nothing to report)';
  it('refuses 0 bytes and only blank lines', async () => {
    expect((await readText('meetings', MEET, '')).lines).toEqual([EMPTY]);
    expect((await readText('meetings', MEET, '\n\r\n  \n')).lines).toEqual([EMPTY]);
  });
  it('accepts a header without rows', async () => {
    const r = await readText('meetings', MEET, 'month,physical,virtual\n');
    expect(r.lines).toEqual([]);
    expect(r.info.rows).toBe(0);
  });
});

describe('header', () => {
  it('matches names case-insensitively, trimmed, NFC, in English or Danish', async () => {
    const decomposed = 'ma\u030Aned'; // "måned" with a combining ring
    const r = await readText('meetings', MEET, csv([` ${decomposed.toUpperCase()} ;Physical;VIRTUELLE`, '2025-01;1;2']));
    expect(r.lines).toEqual([]);
    expect(r.records).toHaveLength(1);
  });

  it('reports each missing required column on line 1, and reads no rows', async () => {
    const r = await readText('meetings', MEET, csv(['month', '2025-01']));
    expect(r.lines).toEqual([
      '2025/meetings.csv:1: error: column physical: is missing; add a column named physical (or fysiske) to the header line',
      '2025/meetings.csv:1: error: column virtual: is missing; add a column named virtual (or virtuelle) to the header line',
    ]);
    expect(r.records).toEqual([]);
  });

  it('refuses a column given twice, warns about an unknown one', async () => {
    const r = await readText('meetings', MEET, csv(['month,physical,virtual,fysiske,noter', '2025-01,1,2,1,x']));
    expect(r.lines).toEqual([
      '2025/meetings.csv:1: error: column fysiske: is given twice (also as "physical"); keep one of the two columns',
      '2025/meetings.csv:1: warning: column noter: is not a column this file has; it is ignored (the columns are month, physical, virtual, hybrid)',
    ]);
  });

  it('root files take English names only', async () => {
    const r = await readText('targets', 'targets.csv', csv(['metric,år,value,comparison,label_da,label_en']));
    expect(r.lines).toContain('targets.csv:1: error: column year: is missing; add a column named year to the header line');
  });

  it('refuses a column named like personal data', async () => {
    const r = await readText('meetings', MEET, csv(['month,physical,virtual,E_Mail', '2025-01,1,2,x']));
    expect(r.lines).toEqual(['2025/meetings.csv:1: error: column E_Mail: this column holds personal data (names, e-mail, CPR numbers, addresses or phone numbers), which the report must not receive; remove the column from the export']);
    expect(r.records).toEqual([]);
  });
});

describe('headers with many stray columns', () => {
  it('warns about unnamed columns once, and about at most 20 unknown ones one by one', async () => {
    const unknown = Array.from({ length: 25 }, (_, i) => `x${i + 1}`);
    const header = ['month', 'physical', 'virtual', ...unknown, '', ''].join(',');
    const row = ['2025-01', '1', '2', ...unknown.map(() => ''), '', ''].join(',');
    const r = await readText('meetings', MEET, csv([header, row]));
    expect(r.lines).toHaveLength(22);
    expect(r.lines[19]).toBe('2025/meetings.csv:1: warning: column x20: is not a column this file has; it is ignored (the columns are month, physical, virtual, hybrid)');
    expect(r.lines[20]).toBe('2025/meetings.csv:1: warning: and 5 more columns this file does not have are ignored');
    expect(r.lines[21]).toBe('2025/meetings.csv:1: warning: 2 columns have no name in the header (the first is column 29); they are ignored');
    expect(r.records).toHaveLength(1);
  });
});

describe('CPR numbers', () => {
  it('refuses a CPR number in any column, never repeating it', async () => {
    const r = await readText('meetings', MEET, csv(['month,physical,virtual,comment', '2025-01,1,2,ring 010190-1234', '2025-02,0101901234,2,']));
    expect(r.lines).toEqual([
      '2025/meetings.csv:1: warning: column comment: is not a column this file has; it is ignored (the columns are month, physical, virtual, hybrid)',
      '2025/meetings.csv:2: error: column comment: holds what looks like a CPR number; remove it from the export: the report must never receive CPR numbers',
      '2025/meetings.csv:3: error: column physical: holds what looks like a CPR number; remove it from the export: the report must never receive CPR numbers',
    ]);
    expect(r.lines.join('\n')).not.toMatch(/0101901234|010190-1234/);
    expect(r.records).toEqual([]);
  });
});

describe('numbers in tab files', () => {
  const TRAVEL = '2025/travel.csv';
  const head = 'date\tmode\tdistance_km\ttravellers';
  it('a decimal comma in a number column makes the file comma-decimal', async () => {
    const r = await readText('travel', TRAVEL, csv([head, '2025-01-02\trail\t1.234\t1', '2025-01-03\trail\t0,5\t1']));
    expect(r.lines).toEqual(['2025/travel.csv:2: error: column distance_km: "1.234" is ambiguous: the point may separate thousands or decimals; write 1234 for the whole number or 1,234 for the decimal (this file\'s decimal separator is a comma)']);
  });
  it('a decimal point makes it point-decimal', async () => {
    const r = await readText('travel', TRAVEL, csv([head, '2025-01-02\trail\t31.250\t1', '2025-01-03\trail\t0.5\t1']));
    expect(r.records.map((j) => j.distanceKm)).toEqual([31.25, 0.5]);
  });
  it('both is an error asking for an override', async () => {
    const r = await readText('travel', TRAVEL, csv([head, '2025-01-02\trail\t2,5\t1', '2025-01-03\trail\t0.5\t1']));
    expect(r.lines).toEqual(['2025/travel.csv:1: error: the numbers use both a decimal comma ("2,5" on line 2) and a decimal point ("0.5" on line 3); write them all one way, or add "numberFormat": { "2025/travel.csv": { "decimal": "," } } (or ".") to report.json']);
    expect(r.records).toEqual([]);
  });
  it('neither, with a three-digit value, is ambiguous', async () => {
    const r = await readText('travel', TRAVEL, csv([head, '2025-01-02\trail\t31.250\t1', '2025-01-03\trail\t7\t1']));
    expect(r.lines).toEqual(['2025/travel.csv:2: error: column distance_km: "31.250" is ambiguous: the file does not show whether "." or "," is its decimal separator; add "numberFormat": { "2025/travel.csv": { "decimal": "," } } (or ".") to report.json']);
    expect(r.records.map((j) => j.line)).toEqual([3]);
  });
  it('the numberFormat override decides', async () => {
    const settings = { ...SETTINGS, numberFormat: { [TRAVEL]: { decimal: ',' as const } } };
    const r = await readText('travel', TRAVEL, csv([head, '2025-01-02\trail\t31.250,5\t1', '2025-01-02\trail\t31.250\t1']), { settings });
    expect(r.records.map((j) => j.distanceKm)).toEqual([31250.5]);
    expect(r.lines).toHaveLength(1);
  });
  it('the override also applies to a semicolon or comma file', async () => {
    const settings = { ...SETTINGS, numberFormat: { [TRAVEL]: { decimal: ',' as const } } };
    const r = await readText('travel', TRAVEL, csv(['date,mode,distance_km', '2025-01-02,rail,"2,5"']), { settings });
    expect(r.records.map((j) => j.distanceKm)).toEqual([2.5]);
  });
});
