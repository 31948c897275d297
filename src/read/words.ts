// The words of the CSV files in English and Danish (inputs.md tables), matched case-insensitively.

import type {
  CabinClass, EnergyCarrier, EnergyUnit, FactorUnit, Fuel, Gender, IndicatorSection, Origin, RailScope,
  SupplierStatus, TargetComparison, TravelMode,
} from '../model/records.ts';

/** A closed set of words: what each accepted spelling means, and how to name the set in a message. */
export interface WordTable<T extends string> {
  /** "gender", "transport mode": used as `"x" is not a known <what>`. */
  readonly what: string;
  readonly byWord: ReadonlyMap<string, T>;
  /** The words to suggest, in English and Danish. */
  readonly suggestion: string;
  /** Each value's Danish word (the value itself where Danish uses the English word). */
  readonly danishOf: Readonly<Record<T, string>>;
}

function table<T extends string>(what: string, entries: Readonly<Record<T, readonly string[]>>, extraEmpty = false): WordTable<T> {
  const byWord = new Map<string, T>();
  const english: string[] = [];
  const danish: string[] = [];
  const danishOf = {} as Record<T, string>;
  for (const [value, aliases] of Object.entries(entries) as [T, readonly string[]][]) {
    byWord.set(value.toLowerCase(), value);
    english.push(value);
    for (const alias of aliases) byWord.set(alias.toLowerCase(), value);
    const word = aliases[0] !== undefined && aliases[0].length > 1 && aliases[0] !== value ? aliases[0] : null;
    if (word !== null) danish.push(word);
    danishOf[value] = word ?? value;
  }
  const suggestion = `write ${orList(english)}${danish.length > 0 ? ` (or ${orList(danish)})` : ''}${extraEmpty ? ', or leave it empty' : ''}`;
  return { what, byWord, suggestion, danishOf };
}

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

export const GENDERS = table<Gender>('gender', {
  woman: ['kvinde', 'k', 'f', 'female'],
  man: ['mand', 'm', 'male'],
  other: ['andet'],
  undisclosed: ['uoplyst'],
}, true);

export const ORIGINS = table<Origin>('origin', {
  danish: ['dansk'],
  immigrant_western: ['indvandrer_vestlig'],
  immigrant_non_western: ['indvandrer_ikke_vestlig'],
  descendant_western: ['efterkommer_vestlig'],
  descendant_non_western: ['efterkommer_ikke_vestlig'],
  undisclosed: ['uoplyst'],
}, true);

export const TRAVEL_MODE_WORDS = table<TravelMode>('transport mode', {
  flight: ['fly'], rail: ['tog'], car: ['bil'], taxi: [], bus: [], ferry: ['færge'],
});

export const CABIN_CLASSES = table<CabinClass>('class', {
  economy: ['økonomi'], premium_economy: [], business: [], first: [],
}, true);

export const FUELS = table<Fuel>('fuel', {
  petrol: ['benzin'], diesel: [], electric: ['el'], hybrid: [],
}, true);

export const RAIL_SCOPES = table<RailScope>('rail type', { national: [], international: [] }, true);

export const ENERGY_CARRIER_WORDS = table<EnergyCarrier>('energy carrier', {
  electricity: ['el'], district_heating: ['fjernvarme'], natural_gas: ['naturgas'], heating_oil: ['fyringsolie'],
});

export const ENERGY_UNITS = table<EnergyUnit>('energy unit', { kWh: [], MWh: [], GJ: [], m3: [], l: [] });

export const SUPPLIER_STATUSES = table<SupplierStatus>('status', {
  compliant: ['overholder'], remediation: ['afhjælpning'], non_compliant: ['overholder_ikke'], terminated: ['ophævet'],
});

export const INDICATOR_SECTION_WORDS = table<IndicatorSection>('section', {
  workforce: [], environment: [], suppliers: [], data: [], community: [],
});

export const FACTOR_UNITS = table<FactorUnit>('factor unit', { pkm: [], km: [], kWh: [], m3: [], l: [] });

export const COMPARISONS = table<TargetComparison>('comparison', { at_least: [], at_most: [], reduce_by: [] });
