// YEAR/published.json is read like any input a person may have edited (issue 11, finding 14 for
// this file too): nested deeper than it ever is, it is an error on the line where that happens,
// not a crash of the JSON parser's recursion; a key npm run lock never writes is an error.

import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { readPublishedJson } from '../../src/read/published-json.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';

const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await removeFolder(d);
});

async function read(text: string): Promise<string[]> {
  const data = await makeDataFolder({ '2024/published.json': text });
  temp.push(data);
  const sink = new DiagnosticSink();
  const result = await readPublishedJson(data, '2024/published.json', 2024, sink);
  if (result !== null) return [];
  return sink.items.map(formatDiagnostic);
}

describe('readPublishedJson', () => {
  it('reads what npm run lock writes', async () => {
    const text = '{\n  "year": 2024,\n  "tool": { "name": "csr-report", "version": "0.2.0" },\n  "figures": {\n    "sup.contracts": { "value": 12, "unit": "count", "status": "ok" }\n  },\n  "inputs": {}\n}\n';
    expect(await read(text)).toEqual([]);
  });

  it('a list nested 100,000 deep is an error on its line (3), not a stack overflow', async () => {
    const deep = `{\n  "year": 2024,\n  "deep": ${'['.repeat(100_000)}${']'.repeat(100_000)},\n  "figures": {}\n}\n`;
    const lines = await read(deep);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^2024\/published\.json:3: error: objects and lists are nested more than 8 deep here/);
  });

  it('a key npm run lock never writes is an error on its line', async () => {
    const lines = await read('{\n  "year": 2024,\n  "figures": {},\n  "extra": 1\n}\n');
    expect(lines).toEqual([expect.stringMatching(/^2024\/published\.json:4: error: "?extra"? is not a key of published\.json/)]);
  });
});
