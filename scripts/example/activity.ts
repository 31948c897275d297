// The example's emission factors, travel, energy and meetings, and their files.

import { CABIN_CLASSES, ENERGY_CARRIER_WORDS, FUELS, TRAVEL_MODE_WORDS } from '../../src/read/words.ts';
import { Random, type Day, day, iso, danishDate, pointNumber, danishNumber, danishShortNumber, type Cell, csvText, columnNames, encodeUtf16LeWithBom, FACTOR_YEARS } from './common.ts';

// ---- emission factors ---------------------------------------------------------------------

export interface FactorSpec {
  readonly key: string;
  readonly unit: 'pkm' | 'km' | 'kWh' | 'm3' | 'l';
  /** kg CO2e per unit, by factor year; [kg_co2e, kg_co2e_rf] for flights. */
  readonly values: Readonly<Record<number, number | readonly [number, number]>>;
  readonly kwhPerUnit?: number;
  readonly source: (year: number) => string;
}

export const DESNZ_AIR = (y: number): string =>
  y === 2025
    ? 'DESNZ, Greenhouse gas reporting: conversion factors 2025, business travel – air (with and without RF)'
    : `${y === 2019 ? 'BEIS' : 'DESNZ'}, Greenhouse gas reporting: conversion factors ${y}, business travel – air (eksempelværdi)`;
export const DESNZ_LAND = (what: string) => (y: number): string =>
  `${y === 2019 ? 'BEIS' : 'DESNZ'}, Greenhouse gas reporting: conversion factors ${y}, ${what} (eksempelværdi)`;

/** Flight factors per passenger-km: without RF and with RF (DESNZ 2025 from standards §4.1). */
export const FACTORS: readonly FactorSpec[] = [
  { key: 'flight.domestic', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.14833, 0.28192], 2023: [0.14354, 0.27299], 2024: [0.14198, 0.27003], 2025: [0.13556, 0.22928] } },
  { key: 'flight.short_haul.economy', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.08315, 0.15803], 2023: [0.08014, 0.15240], 2024: [0.07949, 0.15102], 2025: [0.07435, 0.12576] } },
  { key: 'flight.short_haul.business', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.12472, 0.23704], 2023: [0.12021, 0.22860], 2024: [0.11923, 0.22652], 2025: [0.11152, 0.18863] } },
  { key: 'flight.short_haul.average', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.08453, 0.16066], 2023: [0.08147, 0.15494], 2024: [0.08081, 0.15353], 2025: [0.07559, 0.12786] } },
  { key: 'flight.long_haul.economy', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.08143, 0.15474], 2023: [0.07848, 0.14922], 2024: [0.07783, 0.14787], 2025: [0.06926, 0.11704] } },
  { key: 'flight.long_haul.premium_economy', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.13027, 0.24758], 2023: [0.12556, 0.23876], 2024: [0.12452, 0.23659], 2025: [0.11082, 0.18726] } },
  { key: 'flight.long_haul.business', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.23612, 0.44874], 2023: [0.22757, 0.43274], 2024: [0.22569, 0.42882], 2025: [0.20086, 0.33940] } },
  { key: 'flight.long_haul.first', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.32568, 0.61896], 2023: [0.31389, 0.59688], 2024: [0.31130, 0.59147], 2025: [0.27705, 0.46814] } },
  { key: 'flight.long_haul.average', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.10632, 0.20206], 2023: [0.10247, 0.19486], 2024: [0.10162, 0.19309], 2025: [0.09044, 0.15282] } },
  { key: 'rail.national', unit: 'pkm', source: DESNZ_LAND('national rail, used as proxy for Danish rail'), values: { 2019: 0.04077, 2023: 0.03549, 2024: 0.03546, 2025: 0.03546 } },
  { key: 'rail.international', unit: 'pkm', source: DESNZ_LAND('international rail'), values: { 2019: 0.00597, 2023: 0.00446, 2024: 0.00446, 2025: 0.00446 } },
  { key: 'car.petrol', unit: 'km', source: DESNZ_LAND('average petrol car, per vehicle-km'), values: { 2019: 0.18084, 2023: 0.17048, 2024: 0.16984, 2025: 0.16496 } },
  { key: 'car.diesel', unit: 'km', source: DESNZ_LAND('average diesel car, per vehicle-km'), values: { 2019: 0.17336, 2023: 0.16716, 2024: 0.1645, 2025: 0.1621 } },
  { key: 'car.hybrid', unit: 'km', source: DESNZ_LAND('average hybrid car, per vehicle-km'), values: { 2019: 0.11558, 2023: 0.12807, 2024: 0.12607, 2025: 0.11724 } },
  { key: 'car.electric', unit: 'km', source: (y) => `DESNZ kWh per km for battery-electric cars × Energinet Miljødeklaration ${y} (eksempelværdi)`, values: { 2019: 0.027, 2023: 0.02184, 2024: 0.01962, 2025: 0.01818 } },
  { key: 'car.average', unit: 'km', source: DESNZ_LAND('average car, unknown fuel, per vehicle-km'), values: { 2019: 0.17862, 2023: 0.16844, 2024: 0.166, 2025: 0.16272 } },
  { key: 'taxi', unit: 'km', source: DESNZ_LAND('regular taxi, per vehicle-km'), values: { 2019: 0.15018, 2023: 0.14861, 2024: 0.14876, 2025: 0.14736 } },
  { key: 'bus', unit: 'pkm', source: DESNZ_LAND('average local bus'), values: { 2019: 0.10312, 2023: 0.10846, 2024: 0.10227, 2025: 0.10385 } },
  { key: 'ferry', unit: 'pkm', source: DESNZ_LAND('ferry, average passenger'), values: { 2019: 0.11286, 2023: 0.11268, 2024: 0.1127, 2025: 0.1127 } },
  {
    key: 'energy.electricity', unit: 'kWh',
    source: (y) => `Energinet, Miljødeklaration ${y} (lokationsbaseret, Østdanmark DK2) (eksempelværdi)`,
    values: { 2019: 0.135, 2023: 0.106, 2024: 0.095, 2025: 0.088 },
  },
  {
    // No 2025 row: 2025 uses the 2024 residual mix (the Method page says so).
    key: 'energy.electricity.residual', unit: 'kWh',
    source: (y) => `Energinet, Eldeklaration ${y}, restmiks (eksempelværdi)`,
    values: { 2019: 0.428, 2023: 0.395, 2024: 0.372 },
  },
  {
    key: 'energy.district_heating', unit: 'kWh',
    source: (y) => `Fjernvarmeselskabets miljødeklaration ${y}, 200 %-metoden (eksempelværdi)`,
    values: { 2019: 0.082, 2023: 0.05695, 2024: 0.0531, 2025: 0.0498 },
  },
  {
    key: 'energy.natural_gas', unit: 'm3', kwhPerUnit: 11,
    source: (y) => `Energistyrelsen/Evida, CO2-faktor for naturgas ${y}, nedre brændværdi (eksempelværdi)`,
    values: { 2019: 2.205, 2023: 2.2627, 2024: 2.25, 2025: 2.24 },
  },
  {
    key: 'energy.heating_oil', unit: 'l', kwhPerUnit: 9.96,
    source: (y) => `Energistyrelsen, standardfaktor for fyringsolie ${y} (eksempelværdi)`,
    values: { 2019: 2.66, 2023: 2.66, 2024: 2.66, 2025: 2.66 },
  },
];

export function emissionFactorsFile(): string {
  const rows: Cell[][] = [];
  for (const f of FACTORS) {
    for (const y of FACTOR_YEARS) {
      const v = f.values[y];
      if (v === undefined) continue;
      const [kg, rf] = typeof v === 'number' ? [v, ''] : [v[0], v[1]];
      rows.push([f.key, y, f.unit, kg, rf, f.kwhPerUnit ?? '', f.source(y)]);
    }
  }
  return csvText(columnNames('emission-factors'), rows);
}

// ---- travel -------------------------------------------------------------------------------

export type Mode = 'flight' | 'rail' | 'car' | 'taxi' | 'bus' | 'ferry';
export type CabinClass = 'economy' | 'premium_economy' | 'business' | 'first' | '';
export type Fuel = 'petrol' | 'diesel' | 'electric' | 'hybrid' | '';

export interface Journey {
  readonly date: Day;
  readonly mode: Mode;
  readonly km: number;
  readonly travellers: number;
  readonly roundTrip: boolean;
  readonly cabinClass: CabinClass;
  readonly fuel: Fuel;
  readonly railScope: 'national' | 'international' | '';
  readonly purpose: string;
}

export const RAIL_NATIONAL = [31, 62, 78, 93, 157, 227, 234, 284, 296, 302, 309, 408, 36, 49, 66, 86, 112] as const;
export const RAIL_INTERNATIONAL = [345, 630, 640, 1010] as const;
export const FLIGHT_DOMESTIC = [160, 210, 220, 240, 355] as const;
export const FLIGHT_SHORT = [520, 525, 630, 770, 835, 870, 885, 955, 1240, 1760, 2130, 2480] as const;
export const FLIGHT_LONG = [6190, 6270, 6560, 8820, 9990] as const;
export const FERRY = [33, 45, 80, 160, 160] as const;
export const PURPOSES = [
  'Møde med kommune',
  'Styregruppemøde',
  'Leverandørmøde',
  'Brugertest i kommune',
  'Udbudsforretning',
  'Kontraktopfølgning',
  'Konference',
  'Kursus',
  'Netværksmøde, KL',
  'Audit hos leverandør',
] as const;

export interface TravelProfile {
  readonly journeys: number;
  readonly modes: readonly (readonly [Mode, number])[];
  readonly fuels: readonly (readonly [Fuel, number])[];
  /** Share of flights that are long-haul, in per cent. */
  readonly longHaul: number;
}

export const TRAVEL_PROFILES: Record<number, TravelProfile> = {
  2019: {
    longHaul: 9,
    journeys: 2150,
    modes: [['flight', 11], ['rail', 29], ['car', 43], ['taxi', 9], ['bus', 6], ['ferry', 2]],
    fuels: [['petrol', 45], ['diesel', 35], ['electric', 2], ['hybrid', 8], ['', 10]],
  },
  2023: {
    longHaul: 6,
    journeys: 2380,
    modes: [['flight', 6], ['rail', 40], ['car', 36], ['taxi', 8], ['bus', 8], ['ferry', 2]],
    fuels: [['petrol', 32], ['diesel', 22], ['electric', 22], ['hybrid', 14], ['', 10]],
  },
  2024: {
    longHaul: 5,
    journeys: 2510,
    modes: [['flight', 5.5], ['rail', 43], ['car', 34], ['taxi', 7.5], ['bus', 8], ['ferry', 2]],
    fuels: [['petrol', 27], ['diesel', 18], ['electric', 31], ['hybrid', 15], ['', 9]],
  },
  2025: {
    longHaul: 3.5,
    journeys: 2640,
    modes: [['flight', 4.5], ['rail', 46.5], ['car', 32], ['taxi', 7], ['bus', 8], ['ferry', 2]],
    fuels: [['petrol', 22], ['diesel', 14], ['electric', 40], ['hybrid', 15], ['', 9]],
  },
};

export function workingDay(rnd: Random, year: number): Day {
  for (;;) {
    const d = day(year, 1, 1).plus({ days: rnd.int(0, 364) });
    const holiday = (d.month === 1 && d.day === 1) || (d.month === 12 && d.day >= 24) || (d.month === 7 && d.day < 25);
    if (d.weekday <= 5 && !holiday) return d;
  }
}

export function journey(rnd: Random, year: number, profile: TravelProfile): Journey {
  const mode = rnd.weighted(profile.modes);
  const date = workingDay(rnd, year);
  const base = { date, mode, cabinClass: '' as CabinClass, fuel: '' as Fuel, railScope: '' as Journey['railScope'], purpose: rnd.pick(PURPOSES) };
  const group = (): number => rnd.weighted([[1, 62], [2, 25], [3, 9], [4, 4]]);
  switch (mode) {
    case 'flight': {
      const band = rnd.weighted([['domestic', 35], ['short', 65 - profile.longHaul], ['long', profile.longHaul]] as const);
      if (band === 'domestic') {
        return { ...base, km: rnd.pick(FLIGHT_DOMESTIC), travellers: group(), roundTrip: rnd.chance(0.85), cabinClass: rnd.weighted([['economy', 6], ['', 4]]) };
      }
      if (band === 'short') {
        return {
          ...base, km: rnd.pick(FLIGHT_SHORT), travellers: group(), roundTrip: rnd.chance(0.88),
          cabinClass: rnd.weighted([['economy', 70], ['', 18], ['business', 7], ['premium_economy', 5]]),
          purpose: rnd.pick(['Konference', 'EU-netværksmøde', 'Leverandørmøde', 'Audit hos leverandør']),
        };
      }
      return {
        ...base, km: rnd.pick(FLIGHT_LONG), travellers: rnd.int(1, 2), roundTrip: true,
        cabinClass: rnd.weighted([['economy', 55], ['premium_economy', 20], ['business', 12], ['', 10], ['first', 3]]),
        purpose: 'Konference',
      };
    }
    case 'rail': {
      const international = rnd.chance(0.06);
      const km = international ? rnd.pick(RAIL_INTERNATIONAL) : rnd.pick(RAIL_NATIONAL);
      return {
        ...base, km: rnd.chance(0.15) ? km + 0.5 : km, travellers: group(), roundTrip: rnd.chance(0.8),
        railScope: international ? 'international' : rnd.chance(0.5) ? 'national' : '',
      };
    }
    case 'car':
      return { ...base, km: rnd.int(12, 330) + (rnd.chance(0.2) ? 0.5 : 0), travellers: rnd.int(1, 3), roundTrip: rnd.chance(0.9), fuel: rnd.weighted(profile.fuels) };
    case 'taxi':
      return { ...base, km: rnd.int(3, 35), travellers: rnd.int(1, 2), roundTrip: rnd.chance(0.1) };
    case 'bus':
      return { ...base, km: rnd.int(8, 290), travellers: group(), roundTrip: rnd.chance(0.7) };
    case 'ferry':
      return { ...base, km: rnd.pick(FERRY), travellers: rnd.int(1, 3), roundTrip: rnd.chance(0.9), purpose: 'Møde med kommune' };
  }
}

export function travelJourneys(rnd: Random, year: number): Journey[] {
  const profile = TRAVEL_PROFILES[year];
  if (profile === undefined) throw new Error(`no travel profile for ${year}`);
  const journeys = Array.from({ length: profile.journeys }, () => journey(rnd, year, profile));
  return journeys.sort((a, b) => a.date.toMillis() - b.date.toMillis());
}

export function travelFile(rnd: Random, year: number): { path: string; bytes: Buffer } {
  const journeys = travelJourneys(rnd, year);
  const path = `${year}/travel.csv`;
  if (year === 2025) {
    // Excel's "Unicode text": UTF-16 LE with BOM, tabs, point decimals, Danish names and words.
    const header = columnNames('travel', 'da');
    const rows = journeys.map((j) => [
      danishDate(j.date), TRAVEL_MODE_WORDS.danishOf[j.mode], pointNumber(j.km, 1), j.travellers, j.roundTrip ? 'ja' : 'nej',
      j.cabinClass === '' ? '' : CABIN_CLASSES.danishOf[j.cabinClass], j.fuel === '' ? '' : FUELS.danishOf[j.fuel], j.railScope, j.purpose,
    ]);
    return { path, bytes: encodeUtf16LeWithBom(csvText(header, rows, { delimiter: '\t', crlf: true })) };
  }
  const header = columnNames('travel');
  const rows = journeys.map((j) => [
    iso(j.date), j.mode, pointNumber(j.km, 1), j.travellers, j.roundTrip ? 'yes' : 'no', j.cabinClass, j.fuel, j.railScope, j.purpose,
  ]);
  return { path, bytes: Buffer.from(csvText(header, rows), 'utf8') };
}

// ---- energy -------------------------------------------------------------------------------

export interface Bill {
  readonly start: Day;
  readonly end: Day;
  readonly site: string;
  readonly carrier: 'electricity' | 'district_heating' | 'natural_gas';
  readonly quantity: number;
  readonly unit: 'kWh' | 'MWh' | 'GJ' | 'm3';
  /** Electricity only: 0–1. */
  readonly renewable: number | null;
}

export const HQ = 'København, Vesterbrogade';
export const AARHUS = 'Aarhus C, Åboulevarden';
export const ODENSE = 'Odense, kontorfællesskab';

/** Heating demand by month (1 = January), relative. */
export const HEAT_SHAPE = [1.55, 1.4, 1.2, 0.85, 0.45, 0.2, 0.12, 0.14, 0.35, 0.75, 1.15, 1.45] as const;
export const ELECTRICITY_SHAPE = [1.1, 1.05, 1.02, 0.98, 0.95, 0.9, 0.7, 0.88, 1.0, 1.02, 1.08, 1.12] as const;

export interface EnergyProfile {
  readonly hqKwhPerMonth: number;
  readonly aarhusKwhPerMonth: number;
  readonly hqHeatMwhPerMonth: number;
  readonly aarhusHeatGjPerQuarter: number;
  readonly gasM3PerMonth: number;
  readonly hqRenewable: number;
  /** Renewable share of the Aarhus office by month (1–12). */
  readonly aarhusRenewable: (month: number) => number;
}

export const ENERGY_PROFILES: Record<number, EnergyProfile> = {
  2019: { hqKwhPerMonth: 31500, aarhusKwhPerMonth: 5200, hqHeatMwhPerMonth: 62, aarhusHeatGjPerQuarter: 118, gasM3PerMonth: 420, hqRenewable: 0, aarhusRenewable: () => 0 },
  2023: { hqKwhPerMonth: 27400, aarhusKwhPerMonth: 4700, hqHeatMwhPerMonth: 51, aarhusHeatGjPerQuarter: 101, gasM3PerMonth: 330, hqRenewable: 0.45, aarhusRenewable: () => 0 },
  2024: { hqKwhPerMonth: 26300, aarhusKwhPerMonth: 4550, hqHeatMwhPerMonth: 48, aarhusHeatGjPerQuarter: 97, gasM3PerMonth: 300, hqRenewable: 0.8, aarhusRenewable: () => 0 },
  2025: { hqKwhPerMonth: 25200, aarhusKwhPerMonth: 4400, hqHeatMwhPerMonth: 45, aarhusHeatGjPerQuarter: 92, gasM3PerMonth: 270, hqRenewable: 1, aarhusRenewable: (m) => (m >= 7 ? 1 : 0) },
};

export function shape(values: readonly number[], month: number): number {
  return values[month - 1] ?? 1;
}

/** Gas bills run from the 15th to the 14th: the December bill crosses New Year. */
export function gasBills(rnd: Random, year: number, m3PerMonth: number): Bill[] {
  const bills: Bill[] = [];
  for (let i = 0; i <= 12; i++) {
    const start = day(year - 1, 12, 15).plus({ months: i });
    const end = start.plus({ months: 1 }).minus({ days: 1 });
    const month = end.month;
    const quantity = Math.round(m3PerMonth * shape(HEAT_SHAPE, month) * (0.93 + 0.14 * rnd.float()));
    bills.push({ start, end, site: ODENSE, carrier: 'natural_gas', quantity, unit: 'm3', renewable: null });
  }
  return bills;
}

export function energyBills(rnd: Random, year: number): Bill[] {
  const p = ENERGY_PROFILES[year];
  if (p === undefined) throw new Error(`no energy profile for ${year}`);
  const bills: Bill[] = [];
  for (let m = 1; m <= 12; m++) {
    const start = day(year, m, 1);
    const end = start.endOf('month').startOf('day');
    const noise = (): number => 0.95 + 0.1 * rnd.float();
    bills.push({ start, end, site: HQ, carrier: 'electricity', quantity: Math.round(p.hqKwhPerMonth * shape(ELECTRICITY_SHAPE, m) * noise() * 10) / 10, unit: 'kWh', renewable: p.hqRenewable });
    bills.push({ start, end, site: AARHUS, carrier: 'electricity', quantity: Math.round(p.aarhusKwhPerMonth * shape(ELECTRICITY_SHAPE, m) * noise() * 10) / 10, unit: 'kWh', renewable: p.aarhusRenewable(m) });
    bills.push({ start, end, site: HQ, carrier: 'district_heating', quantity: Math.round(p.hqHeatMwhPerMonth * shape(HEAT_SHAPE, m) * noise() * 100) / 100, unit: 'MWh', renewable: null });
  }
  for (let q = 0; q < 4; q++) {
    const start = day(year, 1 + 3 * q, 1);
    const end = start.plus({ months: 3 }).minus({ days: 1 });
    const heat = (shape(HEAT_SHAPE, 1 + 3 * q) + shape(HEAT_SHAPE, 2 + 3 * q) + shape(HEAT_SHAPE, 3 + 3 * q)) / 3;
    bills.push({ start, end, site: AARHUS, carrier: 'district_heating', quantity: Math.round(p.aarhusHeatGjPerQuarter * heat * (0.95 + 0.1 * rnd.float()) * 10) / 10, unit: 'GJ', renewable: null });
  }
  bills.push(...gasBills(rnd, year, p.gasM3PerMonth));
  return bills.sort((a, b) => a.start.toMillis() - b.start.toMillis() || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}


export function energyFile(rnd: Random, year: number): { path: string; bytes: Buffer } {
  const bills = energyBills(rnd, year);
  const path = `${year}/energy.csv`;
  if (year === 2023) {
    // Danish Excel with a UTF-8 export: semicolons, CRLF, `1.234,5` and `45 %`, Danish names.
    const header = columnNames('energy', 'da');
    const rows = bills.map((b) => [
      danishDate(b.start), danishDate(b.end), b.site, ENERGY_CARRIER_WORDS.danishOf[b.carrier],
      danishNumber(b.quantity, b.unit === 'm3' ? 0 : b.unit === 'MWh' ? 2 : 1, true), b.unit,
      b.renewable === null ? '' : `${danishShortNumber(b.renewable * 100, 1)} %`,
    ]);
    return { path, bytes: Buffer.from(csvText(header, rows, { delimiter: ';', crlf: true }), 'utf8') };
  }
  const header = columnNames('energy');
  const rows = bills.map((b) => [
    iso(b.start), iso(b.end), b.site, b.carrier, pointNumber(b.quantity, 2), b.unit,
    b.renewable === null ? '' : pointNumber(b.renewable, 3),
  ]);
  return { path, bytes: Buffer.from(csvText(header, rows), 'utf8') };
}

// ---- meetings -----------------------------------------------------------------------------

export const MEETING_PROFILES: Record<number, { total: number; virtual: number; hybrid: number }> = {
  2023: { total: 1180, virtual: 0.56, hybrid: 0.14 },
  2024: { total: 1210, virtual: 0.53, hybrid: 0.18 },
  2025: { total: 1250, virtual: 0.5, hybrid: 0.22 },
};

export function meetingsFile(rnd: Random, year: number): string {
  const p = MEETING_PROFILES[year];
  if (p === undefined) throw new Error(`no meeting profile for ${year}`);
  const rows: Cell[][] = [];
  for (let m = 1; m <= 12; m++) {
    const season = m === 7 ? 0.35 : m === 12 || m === 8 ? 0.8 : 1;
    const total = Math.round(p.total * season * (0.92 + 0.16 * rnd.float()));
    const virtual = Math.round(total * p.virtual * (0.95 + 0.1 * rnd.float()));
    const hybrid = Math.round(total * p.hybrid * (0.9 + 0.2 * rnd.float()));
    rows.push([`${year}-${String(m).padStart(2, '0')}`, total - virtual - hybrid, virtual, hybrid]);
  }
  return csvText(columnNames('meetings'), rows);
}
