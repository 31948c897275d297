// report.json, read and defaulted (inputs.md "report.json").

import type { Language } from './records.ts';

export interface NumberFormatOverride {
  readonly decimal: ',' | '.';
}

/** An organisation's identifier in a scheme: `{ scheme: 'http://www.dcca.dk/cvr', id: '12345678' }`. */
export interface OrganisationIdentifier {
  /** A URI naming the register. */
  readonly scheme: string;
  readonly id: string;
}

export interface ReportSettings {
  readonly organisation: {
    readonly name: string;
    readonly url: string | null;
    readonly accessibilityStatementUrl: string;
    /** The organisation in a business register (frameworks.md): the entity of vsme.json. Absent
     * or null: no vsme.json is written. */
    readonly identifier?: OrganisationIdentifier | null;
  };
  /** The first is the site's main language. */
  readonly languages: readonly Language[];
  /** Month and day of the headcount snapshot (default 12-31). */
  readonly snapshotDate: { readonly month: number; readonly day: number };
  /** k: the smallest count of people that may be published (default 5). */
  readonly minCellSize: number;
  /** Use `kg_co2e_rf` for flights (default true). */
  readonly radiativeForcing: boolean;
  readonly baseYear: number | null;
  /** Keyed by the path relative to the data folder (`2024/energy.csv`). */
  readonly numberFormat: Readonly<Record<string, NumberFormatOverride>>;
  /** The largest CSV file read, in bytes (report.json `limits.maxFileSizeMB`; absent: DEFAULT_MAX_FILE_BYTES). */
  readonly maxFileBytes?: number;
}

export const DEFAULT_SETTINGS: Omit<ReportSettings, 'organisation'> = {
  languages: ['da', 'en'],
  snapshotDate: { month: 12, day: 31 },
  minCellSize: 5,
  radiativeForcing: true,
  baseYear: null,
  numberFormat: {},
};

/** The largest CSV file read when report.json sets no limit: 1 GiB. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024 * 1024;
