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

/** The organisation's logo (report.json `organisation.logo`): a file of the data folder, checked
 * and read once (read/report-identity.ts); the site holds it as `assets/logo-<hash>.<type>`. */
export interface Logo {
  /** Relative to the data folder. */
  readonly path: string;
  readonly type: 'svg' | 'png';
  readonly sha256: string;
  /** The file's bytes, base64. */
  readonly base64: string;
}

export interface ReportSettings {
  readonly organisation: {
    readonly name: string;
    readonly url: string | null;
    readonly accessibilityStatementUrl: string;
    /** The organisation in a business register (frameworks.md): the entity of vsme.json. Absent
     * or null: no vsme.json is written. */
    readonly identifier?: OrganisationIdentifier | null;
    /** Shown in the header of every page; absent or null: none. */
    readonly logo?: Logo | null;
    /** `#rrggbb`, with at least 4.5:1 contrast against white text: the header's band. */
    readonly primaryColour?: string | null;
    /** The CSR contact, an address of a role or a team (never a person's): in every page's footer. */
    readonly contact?: string | null;
  };
  /** The day each year's report is published (`YYYY-MM-DD` by the year as text), shown in its pages' footer. */
  readonly publicationDates?: Readonly<Record<string, string>>;
  /** The first is the site's main language. */
  readonly languages: readonly Language[];
  /** Month and day of the headcount snapshot (default 12-31). */
  readonly snapshotDate: { readonly month: number; readonly day: number };
  /** k: the smallest count of people that may be published (default 5). */
  readonly minCellSize: number;
  /** Use `kg_co2e_rf` for flights (default true). */
  readonly radiativeForcing: boolean;
  readonly baseYear: number | null;
  /** The GHG disclosure of the Method page (report.json emissions.gwpBasis, .gases,
   * .baseYearPolicy); absent: the page's default texts. */
  readonly gwpBasis?: string;
  readonly gases?: string;
  readonly baseYearPolicy?: Readonly<Record<Language, string>>;
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
