// report.json's organisation.identifier (frameworks.md): the entity of the machine-readable VSME report.

import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function read(identifier: string) {
  const dir = await makeDataFolder({
    'report.json': [
      '{',
      '  "organisation": {',
      '    "name": "Test",',
      '    "accessibilityStatementUrl": "https://www.was.digst.dk/test",',
      `    "identifier": ${identifier}`,
      '  }',
      '}',
      '',
    ].join('\n'),
  });
  made.push(dir);
  const sink = new DiagnosticSink();
  const result = await readReportJson(dir, sink);
  return { settings: result?.settings ?? null, lines: sink.items.map(formatDiagnostic) };
}

describe('report.json: organisation.identifier', () => {
  it('reads a CVR number with its scheme', async () => {
    const { settings, lines } = await read('{ "scheme": "http://www.dcca.dk/cvr", "id": "12345678" }');
    expect(lines).toEqual([]);
    expect(settings?.organisation.identifier).toEqual({ scheme: 'http://www.dcca.dk/cvr', id: '12345678' });
  });

  it('takes null as no identifier', async () => {
    const { settings, lines } = await read('null');
    expect(lines).toEqual([]);
    expect(settings?.organisation.identifier ?? null).toBeNull();
  });

  it.each([
    ['{ "scheme": "http://www.dcca.dk/cvr", "id": "12345678", "name": "x" }',
      'report.json:5: error: unknown key "organisation.identifier.name". The keys allowed in "organisation.identifier" are: scheme, id'],
    ['{ "id": "12345678" }',
      'report.json:5: error: the key "organisation.identifier.scheme" is missing; it is required: the register\'s URI, "http://www.dcca.dk/cvr" for a CVR number'],
    ['{ "scheme": "http://www.dcca.dk/cvr" }',
      'report.json:5: error: the key "organisation.identifier.id" is missing; it is required: the organisation\'s number in that register, e.g. "12345678"'],
    ['{ "scheme": "cvr", "id": "12345678" }',
      'report.json:5: error: "organisation.identifier.scheme" must be a URI naming the register, such as "http://www.dcca.dk/cvr" for a CVR number, not "cvr"'],
    ['{ "scheme": "http://www.dcca.dk/cvr", "id": 12345678 }',
      'report.json:5: error: "organisation.identifier.id" must be a non-empty text in double quotes, not 12345678'],
    ['{ "scheme": "http://www.dcca.dk/cvr", "id": "1234 5678" }',
      'report.json:5: error: "organisation.identifier.id" must be the number without spaces, e.g. "12345678"'],
    ['{ "scheme": "http://www.dcca.dk/cvr", "id": "1234567" }',
      'report.json:5: error: "organisation.identifier.id": a CVR number has 8 digits, e.g. "12345678"'],
    ['"12345678"',
      'report.json:5: error: "organisation.identifier" must be an object { … }, not a text'],
  ])('%s', async (identifier, line) => {
    const { settings, lines } = await read(identifier);
    expect(lines).toEqual([line]);
    expect(settings).toBeNull();
  });
});
