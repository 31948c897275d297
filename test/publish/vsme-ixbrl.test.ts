// The inline XBRL report package (issue 16, item 4): the XHTML report with its tagged facts, and
// the .xbri ZIP around it.

import { describe, expect, it } from 'vitest';
import { crc32, zipStored } from '../../src/util/zip.ts';
import { vsmeReportPackage, vsmeXhtml } from '../../src/publish/vsme-ixbrl.ts';
import type { VsmeDocumentInput } from '../../src/publish/vsme-json.ts';

const INPUT: VsmeDocumentInput = {
  entity: { scheme: 'http://www.dcca.dk/cvr', id: '12345678' },
  year: 2025,
  snapshot: '2025-12-31',
  facts: [
    { concept: 'vsme:EmployeeTurnoverRate', value: 0.105, unit: 'share' },
    { concept: 'vsme:GrossScope1GreenhouseGasEmissions', value: 12.345, unit: 't CO2e' },
    { concept: 'vsme:NumberOfEmployees', value: 1047, unit: 'persons' },
    { concept: 'vsme:TotalEnergyConsumption', value: 123.456, unit: 'MWh' },
  ],
};

/** Every ix:nonFraction: its attributes and its text. */
function facts(xhtml: string): { attrs: Record<string, string>; text: string }[] {
  return [...xhtml.matchAll(/<ix:nonFraction ([^>]*)>([^<]*)<\/ix:nonFraction>/g)].map((m) => ({
    attrs: Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    text: m[2]!,
  }));
}

describe('vsmeXhtml', () => {
  const en = vsmeXhtml(INPUT, 'Kommunernes <IT> & Co', 'en');

  it('declares the contexts (the year; the snapshot date) for the entity, and the units the facts take', () => {
    expect(en).toContain('<xbrli:context id="c-duration"><xbrli:entity><xbrli:identifier scheme="http://www.dcca.dk/cvr">12345678</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-12-31</xbrli:endDate></xbrli:period></xbrli:context>');
    expect(en).toContain('<xbrli:instant>2025-12-31</xbrli:instant>');
    expect(en).toContain('<xbrli:unit id="u-utr-MWh"><xbrli:measure>utr:MWh</xbrli:measure></xbrli:unit>');
    expect(en).toContain('<xbrli:unit id="u-utr-tCO2e"><xbrli:measure>utr:tCO2e</xbrli:measure></xbrli:unit>');
    expect(en).toContain('<xbrli:unit id="u-xbrli-pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>');
    expect(en).toContain('<link:schemaRef xlink:type="simple" xlink:href="https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd"/>');
  });

  it('tags each value as the page shows it, with decimals, scale and format (worked by hand)', () => {
    expect(facts(en).map((f) => [f.attrs.name, f.attrs.contextRef, f.attrs.unitRef, f.attrs.decimals, f.attrs.scale, f.attrs.format, f.text])).toEqual([
      ['vsme:NumberOfEmployees', 'c-instant', 'u-xbrli-pure', '0', '0', 'ixt:num-dot-decimal', '1,047'],
      ['vsme:TotalEnergyConsumption', 'c-duration', 'u-utr-MWh', '0', '0', 'ixt:num-dot-decimal', '123'],
      ['vsme:GrossScope1GreenhouseGasEmissions', 'c-duration', 'u-utr-tCO2e', '1', '0', 'ixt:num-dot-decimal', '12.3'],
      // 10.5 % = 10.5 × 10^-2: accurate to three decimals of the fraction
      ['vsme:EmployeeTurnoverRate', 'c-duration', 'u-xbrli-pure', '3', '-2', 'ixt:num-dot-decimal', '10.5'],
    ]);
  });

  it('in Danish: comma decimals and the Danish labels of the taxonomy', () => {
    const da = vsmeXhtml(INPUT, 'X', 'da');
    expect(facts(da).map((f) => [f.attrs.format, f.text])).toEqual([
      ['ixt:num-comma-decimal', '1.047'], ['ixt:num-comma-decimal', '123'], ['ixt:num-comma-decimal', '12,3'], ['ixt:num-comma-decimal', '10,5'],
    ]);
    expect(da).toContain('Brutto Scope 1 drivhusgasudledninger');
    expect(da).toContain('xml:lang="da"');
  });

  it('escapes the organisation\'s name', () => {
    expect(en).toContain('<title>Kommunernes &lt;IT&gt; &amp; Co: VSME key figures 2025</title>');
    expect(en).not.toContain('<IT>');
  });
});

describe('the report package (.xbri)', () => {
  it('crc32 gives the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('is a ZIP of META-INF/reportPackage.json and the report under reports/, in one top folder, the same bytes every time', () => {
    const xhtml = vsmeXhtml(INPUT, 'X', 'en');
    const zip = vsmeReportPackage(2025, xhtml);
    expect(zip.equals(vsmeReportPackage(2025, xhtml))).toBe(true);
    // The central directory: entry count at offset 8 of the end record, names in order.
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(2);
    const names: string[] = [];
    const datas: Buffer[] = [];
    for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
      const size = zip.readUInt32LE(at + 18);
      const nameLength = zip.readUInt16LE(at + 26);
      const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
      const data = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
      expect(zip.readUInt16LE(at + 8), name).toBe(0); // stored: the output scan reads the text
      expect(zip.readUInt32LE(at + 14), name).toBe(crc32(data));
      names.push(name);
      datas.push(Buffer.from(data));
      at += 30 + nameLength + size;
    }
    expect(names).toEqual(['vsme-2025/META-INF/reportPackage.json', 'vsme-2025/reports/vsme-2025.xhtml']);
    expect(JSON.parse(datas[0]!.toString('utf8'))).toEqual({ documentInfo: { documentType: 'https://xbrl.org/report-package/2023/xbri' } });
    expect(datas[1]!.toString('utf8')).toBe(xhtml);
  });

  it('zipStored of no entries is the empty archive (22 bytes)', () => {
    expect(zipStored([]).length).toBe(22);
  });
});
