// Office energy (kpis.md "Environment"): each reading or bill → the part of it inside the year
// → kWh (or m3 / l) → scope 1 and scope 2 (location- and market-based) kg CO2e, MWh by carrier
// and the renewable share. Streaming, like travel: running totals and ledger rows only.

import { DateTime } from 'luxon';
import type { FactorUse, LedgerRow, Scope } from '../model/figures.ts';
import type { EnergyCarrier, EnergyReading, EnergyUnit, FactorUnit } from '../model/records.ts';
import { ENERGY_CARRIERS } from '../model/records.ts';
import { factorUse, missingFactorMessage, type ChosenFactor } from './factors.ts';
import { ActivityTally, type KeyActivity } from './activity.ts';
import type { AccumulatorOptions } from './travel.ts';

export interface EnergyTotals {
  /** Natural gas and heating oil, kg CO2e summed in row order (= the scope-1 ledger rows). */
  readonly scope1Kg: number;
  /** Electricity × energy.electricity + district heating (= the 2-location ledger rows). */
  readonly scope2LocationKg: number;
  /** Electricity × (1 − renewable share) × residual + district heating (= the 2-market ledger rows). */
  readonly scope2MarketKg: number;
  /** MWh inside the year by carrier. */
  readonly mwhByCarrier: Readonly<Record<EnergyCarrier, number>>;
  /** Σ electricity kWh inside the year, and Σ kWh × renewable share. */
  readonly electricityKwh: number;
  readonly renewableElectricityKwh: number;
  /** Factors applied, sorted by key. */
  readonly factorsUsed: readonly FactorUse[];
  /** Quantity per factor key of the scope 1 and scope 2 location-based rows (activity.ts). */
  readonly activity: readonly KeyActivity[];
  /** The distinct sites of the rows that counted, sorted. */
  readonly sites: readonly string[];
}

export const CARRIER_FACTOR_KEY: Readonly<Record<EnergyCarrier, string>> = {
  electricity: 'energy.electricity',
  district_heating: 'energy.district_heating',
  natural_gas: 'energy.natural_gas',
  heating_oil: 'energy.heating_oil',
};
export const RESIDUAL_FACTOR_KEY = 'energy.electricity.residual';

/** kWh per unit of the energy units that convert by definition (kWh = MWh × 1000 = GJ × 1000 / 3.6). */
export function kwhOf(quantity: number, unit: EnergyUnit): number | null {
  switch (unit) {
    case 'kWh': return quantity;
    case 'MWh': return quantity * 1000;
    case 'GJ': return (quantity * 1000) / 3.6;
    case 'm3':
    case 'l': return null;
  }
}

/**
 * Units of the factor per unit of the row (the ledger's `conversion`): 1, 1000 (MWh → kWh) or
 * 1000/3.6 (GJ → kWh); null when the row's unit does not convert to the factor's.
 */
export function conversionFactor(unit: EnergyUnit, factorUnit: FactorUnit): number | null {
  if (factorUnit === 'kWh') {
    switch (unit) {
      case 'kWh': return 1;
      case 'MWh': return 1000;
      case 'GJ': return 1000 / 3.6;
      case 'm3':
      case 'l': return null;
    }
  }
  if (factorUnit === 'm3' || factorUnit === 'l') return unit === factorUnit ? 1 : null;
  return null;
}

/** The quantity in the factor's unit, or null when the row's unit does not convert to it. */
export function quantityInFactorUnit(quantity: number, unit: EnergyUnit, factorUnit: FactorUnit): number | null {
  if (factorUnit === 'kWh') return kwhOf(quantity, unit);
  if (factorUnit === 'm3' || factorUnit === 'l') return unit === factorUnit ? quantity : null;
  return null;
}

export interface YearShare {
  /** Days of the period (both ends included). */
  readonly days: number;
  /** Days of it inside the year. */
  readonly daysInYear: number;
}

/** Days of [a, b], both included. */
function span(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a) + 1;
}

/** How many days of [start, end] (both included) lie in `year`; dates are ISO, read in UTC. */
export function daysInYear(start: string, end: string, year: number): YearShare {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const days = span(start, end);
  const from = start > first ? start : first;
  const to = end < last ? end : last;
  return { days, daysInYear: from > to ? 0 : span(from, to) };
}

/**
 * Days since 1970-01-01 of an ISO date `YYYY-MM-DD` in the proleptic Gregorian calendar (the
 * days_from_civil algorithm of H. Hinnant): plain arithmetic, because this runs for every energy
 * row. Anything else (never from the reader) goes through luxon.
 */
export function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return luxonDayNumber(iso);
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y0) || !Number.isInteger(m) || !Number.isInteger(d)) return luxonDayNumber(iso);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function luxonDayNumber(iso: string): number {
  return DateTime.fromISO(iso, { zone: 'utc' }).diff(DateTime.utc(1970, 1, 1), 'days').days;
}

function zeroByCarrier(): Record<EnergyCarrier, number> {
  const r = {} as Record<EnergyCarrier, number>;
  for (const c of ENERGY_CARRIERS) r[c] = 0;
  return r;
}

interface Applied {
  readonly chosen: ChosenFactor;
  readonly quantity: number;
  /** The factor's units per unit of the row. */
  readonly conversion: number;
}

export class EnergyAccumulator {
  readonly #o: AccumulatorOptions;
  #scope1 = 0;
  #scope2Location = 0;
  #scope2Market = 0;
  readonly #mwh = zeroByCarrier();
  #electricityKwh = 0;
  #renewableKwh = 0;
  readonly #used = new Map<string, FactorUse>();
  readonly #activity = new ActivityTally();
  readonly #sites = new Set<string>();
  /** Problems already reported in this file (one error per key, or key and unit). */
  readonly #reported = new Set<string>();

  constructor(o: AccumulatorOptions) {
    this.#o = o;
  }

  #errorOnce(tag: string, line: number, message: string, column: string): void {
    if (this.#reported.has(tag)) return;
    this.#reported.add(tag);
    this.#o.sink.error(this.#o.file, line, message, column);
  }

  /** The factor for `key` applied to `quantity` of the row, or null after reporting why not. */
  #apply(r: EnergyReading, key: string, quantity: number): Applied | null {
    const chosen = this.#o.factors.choose(key, this.#o.year);
    if (chosen === null) {
      this.#errorOnce(`missing ${key}`, r.line, missingFactorMessage(key, this.#o.year), 'carrier');
      return null;
    }
    const q = quantityInFactorUnit(quantity, r.unit, chosen.factor.unit);
    const conversion = conversionFactor(r.unit, chosen.factor.unit);
    if (q === null || conversion === null) {
      const wanted = chosen.factor.unit === 'kWh' ? 'kWh, MWh or GJ' : chosen.factor.unit;
      this.#errorOnce(`unit ${key} ${r.unit}`, r.line,
        `"${r.unit}" does not convert to the unit of the emission factor for "${key}" (${chosen.factor.unit}, emission-factors.csv line ${chosen.factor.line}); give the quantity in ${wanted}`,
        'unit');
      return null;
    }
    return { chosen, quantity: q, conversion };
  }

  /**
   * One ledger row: `quantity` (in the factor's unit) is the row's quantity × conversion ×
   * periodShare × (1 − renewableShare), computed by the caller as the figures use it.
   */
  #write(r: EnergyReading, a: Applied, quantity: number, scope: Scope, periodShare: number, renewableShare: number | null): number {
    const kgCo2e = quantity * a.chosen.value;
    const row: LedgerRow = {
      file: this.#o.file,
      line: r.line,
      sourceQuantity: r.quantity,
      sourceUnit: r.unit,
      periodShare,
      conversion: a.conversion,
      renewableShare,
      distanceKm: null,
      roundTrip: null,
      travellers: null,
      factorKey: a.chosen.factor.key,
      factorYear: a.chosen.factor.year,
      factor: a.chosen.value,
      factorUnit: a.chosen.factor.unit,
      factorSource: a.chosen.factor.source,
      quantity,
      kgCo2e,
      scope,
    };
    this.#o.ledger.write(row);
    const key = a.chosen.factor.key;
    if (scope !== '2-market') this.#activity.add(key, a.chosen.factor.unit, quantity);
    if (!this.#used.has(key)) this.#used.set(key, factorUse(a.chosen, this.#o.year));
    return kgCo2e;
  }

  add(r: EnergyReading): void {
    const { year, file, sink } = this.#o;
    const share = daysInYear(r.periodStart, r.periodEnd, year);
    if (share.daysInYear === 0) {
      sink.warning(file, r.line,
        `the period ${r.periodStart} to ${r.periodEnd} lies wholly outside ${year}; the row counts 0`,
        'period_start');
      return;
    }
    this.#sites.add(r.site);
    // Pro rata by days, both ends included.
    const whole = share.daysInYear === share.days;
    const quantity = whole ? r.quantity : (r.quantity * share.daysInYear) / share.days;
    const periodShare = whole ? 1 : share.daysInYear / share.days;
    const main = this.#apply(r, CARRIER_FACTOR_KEY[r.carrier], quantity);
    if (main === null) return;

    if (r.carrier === 'electricity') {
      const residual = this.#apply(r, RESIDUAL_FACTOR_KEY, quantity);
      if (residual === null) return;
      this.#scope2Location += this.#write(r, main, main.quantity, '2-location', periodShare, null);
      this.#scope2Market += this.#write(r, residual, residual.quantity * (1 - r.renewableShare), '2-market', periodShare, r.renewableShare);
      this.#electricityKwh += main.quantity;
      this.#renewableKwh += main.quantity * r.renewableShare;
      this.#mwh.electricity += main.quantity / 1000;
      return;
    }

    let kwh = kwhOf(quantity, r.unit);
    if (kwh === null) {
      const perUnit = main.chosen.factor.kwhPerUnit;
      if (perUnit === null) {
        this.#errorOnce(`kwh_per_unit ${main.chosen.factor.key}`, r.line,
          `the emission factor for "${main.chosen.factor.key}" (emission-factors.csv line ${main.chosen.factor.line}) has no kwh_per_unit, needed to count ${r.unit} in the energy totals; add it there`,
          'unit');
        return;
      }
      kwh = quantity * perUnit;
    }
    if (r.carrier === 'district_heating') {
      this.#scope2Location += this.#write(r, main, main.quantity, '2-location', periodShare, null);
      this.#scope2Market += this.#write(r, main, main.quantity, '2-market', periodShare, null);
    } else {
      this.#scope1 += this.#write(r, main, main.quantity, '1', periodShare, null);
    }
    this.#mwh[r.carrier] += kwh / 1000;
  }

  result(): EnergyTotals {
    return {
      scope1Kg: this.#scope1,
      scope2LocationKg: this.#scope2Location,
      scope2MarketKg: this.#scope2Market,
      mwhByCarrier: { ...this.#mwh },
      electricityKwh: this.#electricityKwh,
      renewableElectricityKwh: this.#renewableKwh,
      factorsUsed: [...this.#used.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      activity: this.#activity.list(),
      sites: [...this.#sites].sort(),
    };
  }
}
