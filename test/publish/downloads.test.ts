import { describe, expect, it } from 'vitest';
import type { KpiRecord, LedgerRow } from '../../src/model/figures.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kpisCsv, kpisJson } from '../../src/publish/downloads.ts';
import { LedgerFiles } from '../../src/publish/write-downloads.ts';

const RECORDS: readonly KpiRecord[] = [
  { id: 'hr.gender.women_share', year: 2025, value: 0.4375, unit: 'share', status: 'ok' },
  { id: 'sup.contracts', year: 2025, value: 12, unit: 'count', status: 'ok' },
  { id: 'env.scope1_t', year: 2025, value: 1e-7, unit: 't CO2e', status: 'ok' },
  { id: 'hr.gender.other', year: 2025, value: null, unit: 'persons', status: 'suppressed' },
  { id: 'ind.data.breaches', year: 2025, value: null, unit: '=HYPERLINK("x")', status: 'not_reported' },
];

describe('kpisJson', () => {
  it('writes the records in id order, unrounded, two-space indented', () => {
    expect(kpisJson(RECORDS)).toBe(`[
  {
    "id": "env.scope1_t",
    "year": 2025,
    "value": 1e-7,
    "unit": "t CO2e",
    "status": "ok"
  },
  {
    "id": "hr.gender.other",
    "year": 2025,
    "value": null,
    "unit": "persons",
    "status": "suppressed"
  },
  {
    "id": "hr.gender.women_share",
    "year": 2025,
    "value": 0.4375,
    "unit": "share",
    "status": "ok"
  },
  {
    "id": "ind.data.breaches",
    "year": 2025,
    "value": null,
    "unit": "=HYPERLINK(\\"x\\")",
    "status": "not_reported"
  },
  {
    "id": "sup.contracts",
    "year": 2025,
    "value": 12,
    "unit": "count",
    "status": "ok"
  }
]
`);
  });

  it('never publishes a value whose status is not ok, even if one was left in the record', () => {
    const leaked: KpiRecord = { id: 'hr.gender.men', year: 2025, value: 3, unit: 'persons', status: 'suppressed' };
    const parsed = JSON.parse(kpisJson([leaked])) as { value: unknown }[];
    expect(parsed[0]?.value).toBeNull();
    expect(kpisCsv([leaked])).toBe('\uFEFFid,year,value,unit,status\r\nhr.gender.men,2025,,persons,suppressed\r\n');
  });

  it('is the same text whatever order the records come in', () => {
    expect(kpisJson([...RECORDS].reverse())).toBe(kpisJson(RECORDS));
  });
});

describe('kpisCsv', () => {
  it('writes BOM, header, id order, plain decimals, empty cells for null, neutralised text', () => {
    expect(kpisCsv(RECORDS)).toBe(
      '\uFEFFid,year,value,unit,status\r\n'
      + 'env.scope1_t,2025,0.0000001,t CO2e,ok\r\n'
      + 'hr.gender.other,2025,,persons,suppressed\r\n'
      + 'hr.gender.women_share,2025,0.4375,share,ok\r\n'
      + 'ind.data.breaches,2025,,"\'=HYPERLINK(""x"")",not_reported\r\n'
      + 'sup.contracts,2025,12,count,ok\r\n',
    );
  });
});

describe('the ledger emissions.csv', () => {
  const flight: LedgerRow = {
    file: '2025/travel.csv', line: 2, sourceQuantity: null, sourceUnit: null, periodShare: null, conversion: null,
    renewableShare: null, distanceKm: 600, roundTrip: true, travellers: 1, factorKey: 'flight.short_haul.economy', factorYear: 2024,
    factor: 0.18, factorUnit: 'pkm', factorSource: 'DESNZ', quantity: 1200, kgCo2e: 216, scope: '3',
  };
  const electricity: LedgerRow = {
    file: '2025/energy.csv', line: 7, sourceQuantity: 31.2505, sourceUnit: 'MWh', periodShare: 1, conversion: 1000,
    renewableShare: null, distanceKm: null, roundTrip: null, travellers: null, factorSource: 'Energinet',
    factorKey: 'energy.electricity', factorYear: 2025,
    factor: 0.000125, factorUnit: 'kWh', quantity: 31250.5, kgCo2e: 3.9063125, scope: '2-location',
  };

  it('is the header and one line per row, the rows written to the year\'s ledger one by one', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'ledger-rows-'));
    let text = '';
    try {
      const ledgers = new LedgerFiles(site);
      const year = ledgers.forYear(2025);
      for (const row of [flight, electricity, { ...flight, file: '-2025/travel.csv', line: 9 }]) year.write(row);
      await ledgers.closeAll();
      text = await readFile(path.join(site, 'downloads', '2025', 'emissions.csv'), 'utf8');
    } finally {
      await rm(site, { recursive: true, force: true });
    }
    expect(text).toBe(
      '\uFEFFsource_file,line,source_quantity,source_unit,period_share,conversion,renewable_share,distance_km,round_trip,travellers,quantity,factor_key,factor_year,factor,factor_unit,factor_source,kg_co2e,scope\r\n'
      + '2025/travel.csv,2,,,,,,600,yes,1,1200,flight.short_haul.economy,2024,0.18,pkm,DESNZ,216,3\r\n'
      + '2025/energy.csv,7,31.2505,MWh,1,1000,,,,,31250.5,energy.electricity,2025,0.000125,kWh,Energinet,3.9063125,2-location\r\n'
      + "'-2025/travel.csv,9,,,,,,600,yes,1,1200,flight.short_haul.economy,2024,0.18,pkm,DESNZ,216,3\r\n",
    );
  });
});
