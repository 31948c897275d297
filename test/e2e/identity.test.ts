// The organisation's identity on the built site (issue 14, item 1): its logo in every page's
// header and its colour as a style sheet, both files of the site's assets named by their content's
// hash; its CSR contact and the year's publication day in every footer. The contact address is
// published on purpose: the output scan, which stops an e-mail address of the input files from
// reaching the site, lets it through.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { makeDataFolder, removedAfterAll, employeesCsv } from '../fixtures/folders/temp-folder.ts';
import { freshOutParent } from './harness.ts';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10" fill="#1a5276"/></svg>';
const REPORT = JSON.stringify({
  organisation: {
    name: 'Testkommunen', accessibilityStatementUrl: 'https://www.was.digst.dk/test-example',
    logo: 'identity/logo.svg', primaryColour: '#1a5276', contact: 'csr@test.example',
  },
  languages: ['da', 'en'],
  publicationDates: { 2025: '2026-03-31' },
});
const EMPLOYEES = employeesCsv(12, (i) => 1980 + (i % 10), (i) => i < 6);
// The contact address also stands in an input file: it is published on purpose all the same.
const SUPPLIERS = 'contract_id,supplier,contract_name,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,status\n'
  + 'K-1,Lev A,Spørgsmål til csr@test.example,no,yes,yes,yes,yes,compliant\n';

const cleanup = removedAfterAll();

describe('the organisation\'s identity', () => {
  it('shows the logo, the colour, the contact and the publication day, and the scan lets the contact through', async () => {
    const data = await makeDataFolder({
      'report.json': REPORT,
      'identity/logo.svg': LOGO,
      '2025/employees.csv': EMPLOYEES,
      '2025/suppliers.csv': SUPPLIERS,
    });
    cleanup.push(data);
    const o = await freshOutParent('e2e-identity-');
    cleanup.push(o.parent);
    const result = await runBuild({ dataDir: data, outDir: o.out, quiet: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(result.ok).toBe(true);

    // the logo's file: its bytes under the first 12 hex digits of their SHA-256
    const logoName = `logo-${createHash('sha256').update(LOGO).digest('hex').slice(0, 12)}.svg`;
    expect(await readFile(path.join(o.out, 'assets', logoName), 'utf8')).toBe(LOGO);
    const css = `/* The organisation's colour (report.json organisation.primaryColour). */\n:root { --brand: #1a5276; --brand-text: #ffffff; }\n`;
    const cssName = `brand-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
    expect(await readFile(path.join(o.out, 'assets', cssName), 'utf8')).toBe(css);

    const da = await readFile(path.join(o.out, 'index.html'), 'utf8');
    const en = await readFile(path.join(o.out, 'en', 'suppliers', 'index.html'), 'utf8');
    for (const page of [da, en]) {
      expect(page).toMatch(new RegExp(`<link rel="stylesheet" href="(\\.\\./)*/?assets/${cssName}">`));
      expect(page).toMatch(new RegExp(`<img class="logo" src="(\\.\\./)*/?assets/${logoName}" alt="">`));
      expect(page).toContain('<header class="site-header branded">');
      expect(page).toContain('<a href="mailto:csr@test.example">csr@test.example</a>');
    }
    expect(da).toContain('<p class="footer-org">Testkommunen · Offentliggjort 31. marts 2026</p>');
    expect(da).toContain('<p>Kontakt om samfundsansvar: <a href="mailto:csr@test.example">');
    expect(en).toContain('<p class="footer-org">Testkommunen · Published 31 March 2026</p>');
    expect(en).toContain('<p>Contact on corporate responsibility: <a href="mailto:csr@test.example">');
  }, 120_000);
});
