// Meetings (kpis.md "Environment"): total and the virtual and hybrid shares.

import type { MeetingMonth } from '../model/records.ts';
import { share } from './workforce.ts';

export function meetingFigures(rows: readonly MeetingMonth[]): Map<string, number | null> {
  let physical = 0;
  let virtual = 0;
  let hybrid = 0;
  for (const m of rows) {
    physical += m.physical;
    virtual += m.virtual;
    hybrid += m.hybrid;
  }
  const total = physical + virtual + hybrid;
  return new Map<string, number | null>([
    ['env.meetings.total', total],
    ['env.meetings.virtual_share', share(virtual, total)],
    ['env.meetings.hybrid_share', share(hybrid, total)],
  ]);
}
