// Moved to catalogue/ (one typed catalogue per language); this re-export remains only until the
// last imports of it are moved.

export * from './catalogue/index.ts';
export { kpiText } from './kpi-texts.ts';
export type { KpiText } from './kpi-texts.ts';
