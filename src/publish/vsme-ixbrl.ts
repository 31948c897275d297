// downloads/<year>/vsme-<year>.xbri: the year's VSME facts in inline XBRL (issue 16, item 4), the
// form EFRAG's own converter produces: an XHTML page of the key figures, each value tagged
// with ix:nonFraction (concept, context, unit, decimals, scale, format), its contexts and units in
// the hidden ix:header, packaged as an XBRL report package (.xbri: a ZIP with
// META-INF/reportPackage.json and the report under reports/), so that an XBRL viewer opens the
// human-readable report and the facts together. The same facts as vsme.json, rounded as the
// page shows them (`decimals` says so).

import type { Language } from '../model/records.ts';
import { UNIT_NAMESPACES, VSME_ENTRY_POINT, VSME_NAMESPACE, compareVsmeConcepts, firstReference, isFigureConcept, vsmeConcept, vsmeLabel, vsmeUnit } from '../model/vsme/taxonomy.ts';
import type { VsmeConcept } from '../model/vsme/taxonomy.ts';
import type { ReportModel } from '../model/site.ts';
import type { YearFigures } from '../model/figures.ts';
import { UI, unitWord } from '../render/catalogue/index.ts';
import { formatNumber, precisionOf } from '../render/format.ts';
import { snapshotOf } from '../compute/dates.ts';
import { zipStored } from '../util/zip.ts';
import type { VsmeDocumentInput, VsmeFact } from './vsme-json.ts';
import { vsmeFactsOfYear, xbrlDecimals } from './vsme-json.ts';

const IX = 'http://www.xbrl.org/2013/inlineXBRL';
const IXT = 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12';
export const REPORT_PACKAGE_TYPE = 'https://xbrl.org/report-package/2023/xbri';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The number as the page shows it, in the fact's displayed scale (a share in per cent: scale -2). */
function displayed(f: VsmeFact, lang: Language): { readonly text: string; readonly scale: number; readonly negative: boolean } {
  const p = precisionOf(f.unit);
  const scale = p.kind === 'percent' ? -2 : 0;
  const shown = Math.abs(scale === -2 ? f.value * 100 : f.value);
  // Fixed decimals (trailing zeros kept): the digits `decimals` vouches for.
  return { text: formatNumber(shown, lang, p.decimals, p.decimals), scale, negative: f.value < 0 };
}

interface Tagged {
  readonly fact: VsmeFact;
  readonly concept: VsmeConcept;
  readonly unit: string;
}

/** The XHTML report: the facts in a table, tagged; contexts and units in the hidden header. */
export function vsmeXhtml(input: VsmeDocumentInput, organisation: string, lang: Language): string {
  const t = UI[lang];
  const c = t.contentIndex;
  const tagged: Tagged[] = input.facts.map((fact) => {
    const concept = vsmeConcept(fact.concept);
    if (!isFigureConcept(concept)) throw new Error(`vsme xbri: ${fact.concept} is not a numeric VSME concept`);
    const unit = vsmeUnit(concept, fact.unit);
    if (unit === null) throw new Error(`vsme xbri: ${fact.concept} takes no unit for "${fact.unit}"`);
    return { fact, concept, unit };
  }).sort((a, b) => compareVsmeConcepts(a.concept, b.concept));

  const y = input.year;
  const scheme = xml(input.entity.scheme);
  const id = xml(input.entity.id);
  const entity = `<xbrli:entity><xbrli:identifier scheme="${scheme}">${id}</xbrli:identifier></xbrli:entity>`;
  const contexts = [
    `<xbrli:context id="c-duration">${entity}<xbrli:period><xbrli:startDate>${y}-01-01</xbrli:startDate><xbrli:endDate>${y}-12-31</xbrli:endDate></xbrli:period></xbrli:context>`,
    `<xbrli:context id="c-instant">${entity}<xbrli:period><xbrli:instant>${input.snapshot}</xbrli:instant></xbrli:period></xbrli:context>`,
  ];
  const unitIds = [...new Set(tagged.map((x) => x.unit))].sort();
  const unitId = (u: string): string => `u-${u.replace(':', '-')}`;
  const units = unitIds.map((u) => `<xbrli:unit id="${unitId(u)}"><xbrli:measure>${u}</xbrli:measure></xbrli:unit>`);
  const format = lang === 'da' ? 'ixt:num-comma-decimal' : 'ixt:num-dot-decimal';

  const rows = tagged.map(({ fact, concept, unit }, i) => {
    const d = displayed(fact, lang);
    const ref = firstReference(concept);
    const attrs = [
      `name="${concept.name}"`,
      `id="f-${i + 1}"`,
      `contextRef="${concept.periodType === 'instant' ? 'c-instant' : 'c-duration'}"`,
      `unitRef="${unitId(unit)}"`,
      `decimals="${xbrlDecimals(fact.unit)}"`,
      `scale="${d.scale}"`,
      `format="${format}"`,
      ...(d.negative ? ['sign="-"'] : []),
    ].join(' ');
    const unitText = fact.unit === 'share' ? '%' : fact.unit === 'ratio' ? '' : unitWord(fact.unit, lang);
    return `<tr><th scope="row">${xml(vsmeLabel(concept, lang))}<br/><code>${concept.name}</code></th>`
      + `<td>${ref === null ? '' : xml(c.paragraphRef(ref.module, ref.paragraph))}</td>`
      + `<td class="num">${d.negative ? '−' : ''}<ix:nonFraction ${attrs}>${xml(d.text)}</ix:nonFraction></td>`
      + `<td>${xml(unitText)}</td></tr>`;
  });

  const title = c.ixbrlTitle(organisation, y);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="${IX}" xmlns:ixt="${IXT}"`
      + ` xmlns:xbrli="${UNIT_NAMESPACES.xbrli}" xmlns:utr="${UNIT_NAMESPACES.utr}" xmlns:iso4217="${UNIT_NAMESPACES.iso4217}"`
      + ` xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"`
      + ` xmlns:vsme="${VSME_NAMESPACE}" xml:lang="${lang}" lang="${lang}">`,
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
    `<title>${xml(title)}</title>`,
    '<style type="text/css">body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{border-bottom:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}td.num{text-align:right}code{font-size:.8em}</style>',
    '</head>',
    '<body>',
    '<div style="display:none">',
    '<ix:header>',
    `<ix:references><link:schemaRef xlink:type="simple" xlink:href="${VSME_ENTRY_POINT}"/></ix:references>`,
    '<ix:resources>',
    ...contexts,
    ...units,
    '</ix:resources>',
    '</ix:header>',
    '</div>',
    `<h1>${xml(title)}</h1>`,
    `<p>${xml(c.ixbrlIntro(y))}</p>`,
    '<table>',
    `<thead><tr><th scope="col">${xml(c.datapoint)}</th><th scope="col">${xml(c.paragraph)}</th><th scope="col">${xml(t.value)}</th><th scope="col">${xml(c.unit)}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The file name of a year's report package, and of the report inside it. */
export function xbriName(year: number): string {
  return `vsme-${year}`;
}

/** The report package (.xbri) of the XHTML report: one top folder, its META-INF and reports/. */
export function vsmeReportPackage(year: number, xhtml: string): Buffer {
  const stem = xbriName(year);
  const meta = `${JSON.stringify({ documentInfo: { documentType: REPORT_PACKAGE_TYPE } }, null, 2)}\n`;
  return zipStored([
    { name: `${stem}/META-INF/reportPackage.json`, data: Buffer.from(meta, 'utf8') },
    { name: `${stem}/reports/${stem}.xhtml`, data: Buffer.from(xhtml, 'utf8') },
  ]);
}

/** downloads/<year>/vsme-<year>.xbri of a year of the model, in the site's main language; null without organisation.identifier. */
export function vsmeXbriOfYear(model: ReportModel, year: YearFigures): Buffer | null {
  const entity = model.settings.organisation.identifier ?? null;
  if (entity === null) return null;
  const derived = model.derived?.find((d) => d.year === year.year)?.figures ?? [];
  const input: VsmeDocumentInput = {
    entity,
    year: year.year,
    snapshot: snapshotOf(year.year, model.settings),
    facts: vsmeFactsOfYear(year, model.catalog, derived),
  };
  const lang = model.settings.languages[0] ?? 'da';
  return vsmeReportPackage(year.year, vsmeXhtml(input, model.settings.organisation.name, lang));
}
