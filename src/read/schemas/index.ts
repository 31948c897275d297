// Every CSV file's schema by kind.

import type {
  Benchmark, EmissionFactor, EnergyReading, Employment, IndicatorDeclaration, IndicatorValue, Journey,
  MeetingMonth, SupplierContract, Target,
} from '../../model/records.ts';
import type { Restatement } from '../../model/published.ts';
import type { Schema } from '../schema.ts';
import { benchmarksSchema } from './benchmarks.ts';
import { emissionFactorsSchema } from './emission-factors.ts';
import { employeesSchema } from './employees.ts';
import { energySchema } from './energy.ts';
import { indicatorDeclarationsSchema } from './indicator-declarations.ts';
import { indicatorValuesSchema } from './indicator-values.ts';
import { meetingsSchema } from './meetings.ts';
import { restatementsSchema } from './restatements.ts';
import { suppliersSchema } from './suppliers.ts';
import { targetsSchema } from './targets.ts';
import { travelSchema } from './travel.ts';

export type CsvKind = 'employees' | 'travel' | 'energy' | 'meetings' | 'suppliers' | 'indicator-values'
  | 'indicator-declarations' | 'emission-factors' | 'benchmarks' | 'targets' | 'restatements';

export interface RecordOf {
  employees: Employment;
  travel: Journey;
  energy: EnergyReading;
  meetings: MeetingMonth;
  suppliers: SupplierContract;
  'indicator-values': IndicatorValue;
  'indicator-declarations': IndicatorDeclaration;
  'emission-factors': EmissionFactor;
  benchmarks: Benchmark;
  targets: Target;
  restatements: Restatement;
}

export const SCHEMAS: { readonly [K in CsvKind]: Schema<RecordOf[K]> } = {
  employees: employeesSchema,
  travel: travelSchema,
  energy: energySchema,
  meetings: meetingsSchema,
  suppliers: suppliersSchema,
  'indicator-values': indicatorValuesSchema,
  'indicator-declarations': indicatorDeclarationsSchema,
  'emission-factors': emissionFactorsSchema,
  benchmarks: benchmarksSchema,
  targets: targetsSchema,
  restatements: restatementsSchema,
};
