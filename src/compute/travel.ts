// Business travel (kpis.md "Environment"): each journey → a factor key → kg CO2e and
// passenger-km by mode. Streaming: a journey is folded into running totals and one ledger row;
// nothing per row is kept, so a year of a million journeys takes constant memory.

import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { FactorUse, LedgerSink } from '../model/figures.ts';
import type { Journey, TravelMode } from '../model/records.ts';
import { TRAVEL_MODES } from '../model/records.ts';
import { factorUse, missingFactorMessage, type FactorTable } from './factors.ts';
import { ActivityTally, type KeyActivity } from './activity.ts';

export interface TravelTotals {
  /** kg CO2e by mode (summed in row order). */
  readonly kgByMode: Readonly<Record<TravelMode, number>>;
  /** Passenger-km by mode: d × (2 if return) × travellers. */
  readonly passengerKmByMode: Readonly<Record<TravelMode, number>>;
  /** kg CO2e of all rows, summed in row order: exactly the sum of the scope-3 ledger rows. */
  readonly kgTotal: number;
  /** Factors applied, sorted by key. */
  readonly factorsUsed: readonly FactorUse[];
  /** Quantity per factor key (activity.ts). */
  readonly activity: readonly KeyActivity[];
}

/** Below this one-way distance a flight is domestic; above LONG_HAUL_ABOVE it is long haul. */
export const SHORT_HAUL_FROM_KM = 500;
export const LONG_HAUL_ABOVE_KM = 3700;

/** The factor key of a journey (kpis.md, "Travel row → factor key"). */
export function travelFactorKey(j: Journey): string {
  switch (j.mode) {
    case 'flight': {
      const d = j.distanceKm;
      if (d < SHORT_HAUL_FROM_KM) return 'flight.domestic';
      if (d <= LONG_HAUL_ABOVE_KM) {
        switch (j.cabinClass) {
          case null: return 'flight.short_haul.average';
          case 'economy':
          case 'premium_economy': return 'flight.short_haul.economy';
          case 'business':
          case 'first': return 'flight.short_haul.business';
        }
      }
      return `flight.long_haul.${j.cabinClass ?? 'average'}`;
    }
    case 'rail': return `rail.${j.railScope}`;
    case 'car': return `car.${j.fuel ?? 'average'}`;
    case 'taxi': return 'taxi';
    case 'bus': return 'bus';
    case 'ferry': return 'ferry';
  }
}

function zeroByMode(): Record<TravelMode, number> {
  const r = {} as Record<TravelMode, number>;
  for (const m of TRAVEL_MODES) r[m] = 0;
  return r;
}

export interface AccumulatorOptions {
  readonly year: number;
  /** The input file, relative to the data folder (`2025/travel.csv`). */
  readonly file: string;
  readonly factors: FactorTable;
  readonly ledger: LedgerSink;
  readonly sink: DiagnosticSink;
}

export class TravelAccumulator {
  readonly #o: AccumulatorOptions;
  readonly #kg = zeroByMode();
  readonly #pkm = zeroByMode();
  #kgTotal = 0;
  readonly #used = new Map<string, FactorUse>();
  readonly #activity = new ActivityTally();
  /** Keys already reported as unusable in this file (one error per key and file). */
  readonly #reported = new Set<string>();

  constructor(o: AccumulatorOptions) {
    this.#o = o;
  }

  add(j: Journey): void {
    const { year, file, factors, ledger, sink } = this.#o;
    const key = travelFactorKey(j);
    const chosen = factors.choose(key, year);
    if (chosen === null) {
      if (!this.#reported.has(key)) {
        this.#reported.add(key);
        sink.error(file, j.line, missingFactorMessage(key, year), 'mode');
      }
      return;
    }
    const unit = chosen.factor.unit;
    if (unit !== 'pkm' && unit !== 'km') {
      if (!this.#reported.has(key)) {
        this.#reported.add(key);
        sink.error(file, j.line,
          `the emission factor for "${key}" (emission-factors.csv line ${chosen.factor.line}) is per ${unit}; a travel factor must be per pkm or km`,
          'mode');
      }
      return;
    }
    const distance = j.distanceKm * (j.roundTrip ? 2 : 1);
    // pkm: each traveller counts; km: one vehicle shared by its passengers.
    const quantity = unit === 'pkm' ? distance * j.travellers : distance;
    const kgCo2e = quantity * chosen.value;
    this.#kg[j.mode] += kgCo2e;
    this.#pkm[j.mode] += distance * j.travellers;
    this.#kgTotal += kgCo2e;
    if (!this.#used.has(key)) this.#used.set(key, factorUse(chosen, year));
    this.#activity.add(key, unit, quantity);
    ledger.write({
      file,
      line: j.line,
      sourceQuantity: null,
      sourceUnit: null,
      periodShare: null,
      conversion: null,
      renewableShare: null,
      distanceKm: j.distanceKm,
      roundTrip: j.roundTrip,
      travellers: j.travellers,
      factorKey: key,
      factorYear: chosen.factor.year,
      factor: chosen.value,
      factorUnit: unit,
      factorSource: chosen.factor.source,
      quantity,
      kgCo2e,
      scope: '3',
    });
  }

  result(): TravelTotals {
    return {
      kgByMode: { ...this.#kg },
      passengerKmByMode: { ...this.#pkm },
      kgTotal: this.#kgTotal,
      factorsUsed: [...this.#used.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      activity: this.#activity.list(),
    };
  }
}
