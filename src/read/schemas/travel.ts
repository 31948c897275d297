// <year>/travel.csv (inputs.md): one row per journey.

import type { Journey } from '../../model/records.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { CABIN_CLASSES, FUELS, RAIL_SCOPES, TRAVEL_MODE_WORDS } from '../words.ts';

const [DATE, MODE, DISTANCE_KM, TRAVELLERS, ROUND_TRIP, CABIN_CLASS, FUEL, RAIL_SCOPE, PURPOSE] = defineColumns([
  { name: 'date', danish: 'dato', required: true },
  { name: 'mode', danish: 'transportform', required: true },
  { name: 'distance_km', danish: 'afstand_km', required: true, type: 'number' },
  { name: 'travellers', danish: 'rejsende', type: 'number' },
  { name: 'round_trip', danish: 'retur' },
  { name: 'cabin_class', danish: 'klasse' },
  { name: 'fuel', danish: 'drivmiddel' },
  { name: 'rail_scope', danish: 'togtype' },
  { name: 'purpose', danish: 'formål', type: 'text' },
] as const);

export const travelSchema: Schema<Journey> = {
  columns: [DATE, MODE, DISTANCE_KM, TRAVELLERS, ROUND_TRIP, CABIN_CLASS, FUEL, RAIL_SCOPE, PURPOSE],
  acceptDanish: true,
  start(ctx) {
    const prefix = ctx.year === null ? null : `${ctx.year}-`;
    return (r) => {
      const date = r.date(DATE, true);
      const mode = r.word(MODE, true, TRAVEL_MODE_WORDS);
      const distanceKm = r.number(DISTANCE_KM, true);
      const travellers = r.whole(TRAVELLERS, false) ?? 1;
      const roundTrip = r.yesNo(ROUND_TRIP, false) ?? false;
      const cabinClass = r.wordOrAverage(CABIN_CLASS, CABIN_CLASSES, 'the average factor');
      const fuel = r.wordOrAverage(FUEL, FUELS, 'the average car');
      const railScope = r.wordOrAverage(RAIL_SCOPE, RAIL_SCOPES, 'national rail') ?? 'national';
      r.text(PURPOSE, false);
      if (date !== null && prefix !== null && !date.startsWith(prefix)) {
        r.error(DATE, `${r.shown(DATE)} is not in ${ctx.year}; a journey belongs in the travel.csv of the year it departs`);
      }
      if (distanceKm !== null && distanceKm <= 0) r.error(DISTANCE_KM, `${r.shown(DISTANCE_KM)} is not more than 0; write the one-way distance in km`);
      if (travellers < 1) r.error(TRAVELLERS, `${r.shown(TRAVELLERS)} is less than 1; write the number of travellers, or leave it empty for 1`);
      if (!r.ok || date === null || mode === null || distanceKm === null) return null;
      return { line: r.line, date, mode, distanceKm, travellers, roundTrip, cabinClass, fuel, railScope };
    };
  },
};
