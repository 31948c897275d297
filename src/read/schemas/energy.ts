// <year>/energy.csv (inputs.md): one row per meter reading period or bill.

import type { EnergyReading } from '../../model/records.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { parseNumber } from '../values.ts';
import { ENERGY_CARRIER_WORDS, ENERGY_UNITS } from '../words.ts';
import type { RowReader } from '../row.ts';

const [PERIOD_START, PERIOD_END, SITE, CARRIER, QUANTITY, UNIT, RENEWABLE_SHARE] = defineColumns([
  { name: 'period_start', danish: 'periode_start', required: true },
  { name: 'period_end', danish: 'periode_slut', required: true },
  { name: 'site', danish: 'lokation', required: true, type: 'text' },
  { name: 'carrier', danish: 'energiart', required: true },
  { name: 'quantity', danish: 'mængde', required: true, type: 'number' },
  { name: 'unit', danish: 'enhed', required: true },
  { name: 'renewable_share', danish: 'vedvarende_andel', type: 'number' },
] as const);

/** 0–1, or 0–100 written with `%`; empty = 0. */
function renewableShare(r: RowReader): number {
  const text = r.raw(RENEWABLE_SHARE);
  if (text === null) {
    r.ok = false;
    return 0;
  }
  if (text === '') return 0;
  const example = r.format.decimal === ',' ? '0,45' : '0.45';
  if (text.endsWith('%')) {
    const n = parseNumber(text.slice(0, -1).trimEnd(), r.format, r.view);
    if (!n.ok) {
      r.error(RENEWABLE_SHARE, `${r.quote(text)} is not a percentage; write e.g. 45% or ${example}`);
      return 0;
    }
    if (n.value < 0 || n.value > 100) r.error(RENEWABLE_SHARE, `${r.quote(text)} is not from 0% to 100%`);
    return n.value / 100;
  }
  const n = parseNumber(text, r.format, r.view);
  if (!n.ok) {
    r.error(RENEWABLE_SHARE, n.message);
    return 0;
  }
  if (n.value > 1) {
    r.error(RENEWABLE_SHARE, `${r.quote(text)} is more than 1; write the share from 0 to 1 (${example}) or a percentage with % (45%)`);
  } else if (n.value < 0) {
    r.error(RENEWABLE_SHARE, `${r.quote(text)} is less than 0; write the share from 0 to 1 (${example}) or a percentage with % (45%)`);
  }
  return n.value;
}

export const energySchema: Schema<EnergyReading> = {
  columns: [PERIOD_START, PERIOD_END, SITE, CARRIER, QUANTITY, UNIT, RENEWABLE_SHARE],
  acceptDanish: true,
  start() {
    return (r) => {
      const periodStart = r.date(PERIOD_START, true);
      const periodEnd = r.date(PERIOD_END, true);
      const site = r.text(SITE, true);
      const carrier = r.word(CARRIER, true, ENERGY_CARRIER_WORDS);
      const quantity = r.number(QUANTITY, true);
      const unit = r.word(UNIT, true, ENERGY_UNITS);
      // renewable_share counts for electricity only; on other rows it is ignored
      const share = carrier === 'electricity' ? renewableShare(r) : 0;
      if (periodStart !== null && periodEnd !== null && periodEnd < periodStart) {
        r.error(PERIOD_END, `${r.shown(PERIOD_END)} is before period_start (${r.shown(PERIOD_START)}); the period ends on or after the day it starts`);
      }
      if (quantity !== null && quantity < 0) r.error(QUANTITY, `${r.shown(QUANTITY)} is less than 0; write the quantity used`);
      if (!r.ok || periodStart === null || periodEnd === null || site === null || carrier === null || quantity === null || unit === null) return null;
      return { line: r.line, periodStart, periodEnd, site, carrier, quantity, unit, renewableShare: share };
    };
  },
};
