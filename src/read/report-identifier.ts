// report.json's organisation.identifier (frameworks.md "The machine-readable VSME report"): the
// organisation in a business register, `{ "scheme": "http://www.dcca.dk/cvr", "id": "12345678" }`
// for a CVR number. It is the entity of downloads/<year>/vsme.json; without it no vsme.json is
// written (publish/vsme-json.ts warns once).

import type { Node } from 'jsonc-parser';
import type { OrganisationIdentifier } from '../model/settings.ts';
import { describe, describeText, entries, isObject } from './report-json-tree.ts';
import type { Context, Entry } from './report-json-tree.ts';

const IDENTIFIER_KEYS = ['scheme', 'id'] as const;
const CVR_SCHEME = 'http://www.dcca.dk/cvr';
const KEY = 'organisation.identifier';

function text(ctx: Context, node: Node, key: string): string | undefined {
  if (node.type !== 'string' || String(node.value).trim() === '') {
    ctx.error(node, `"${key}" must be a non-empty text in double quotes, not ${describe(node)}`);
    return undefined;
  }
  return String(node.value).trim();
}

/** A URI with a scheme of its own (`http://…`, `urn:…`): what XBRL takes as an entity scheme. */
function isUri(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** The identifier, null for `null`, undefined after an error (reported on its line). */
export function readIdentifier(ctx: Context, entry: Entry): OrganisationIdentifier | null | undefined {
  const node = entry.value;
  if (node.type === 'null') return null;
  if (!isObject(ctx, node, KEY)) return undefined;
  const o = entries(ctx, node, KEY, IDENTIFIER_KEYS);
  const schemeEntry = o.get('scheme');
  const idEntry = o.get('id');
  if (schemeEntry === undefined) {
    ctx.error(entry.key, `the key "${KEY}.scheme" is missing; it is required: the register's URI, "${CVR_SCHEME}" for a CVR number`);
  }
  if (idEntry === undefined) {
    ctx.error(entry.key, `the key "${KEY}.id" is missing; it is required: the organisation's number in that register, e.g. "12345678"`);
  }
  let scheme = schemeEntry === undefined ? undefined : text(ctx, schemeEntry.value, `${KEY}.scheme`);
  if (scheme !== undefined && !isUri(scheme)) {
    ctx.error(schemeEntry!.value, `"${KEY}.scheme" must be a URI naming the register, such as "${CVR_SCHEME}" for a CVR number, not ${describeText(scheme)}`);
    scheme = undefined;
  }
  let id = idEntry === undefined ? undefined : text(ctx, idEntry.value, `${KEY}.id`);
  if (id !== undefined && /\s/.test(id)) {
    ctx.error(idEntry!.value, `"${KEY}.id" must be the number without spaces, e.g. "12345678"`);
    id = undefined;
  } else if (id !== undefined && scheme === CVR_SCHEME && !/^\d{8}$/.test(id)) {
    ctx.error(idEntry!.value, `"${KEY}.id": a CVR number has 8 digits, e.g. "12345678"`);
    id = undefined;
  }
  if (scheme === undefined || id === undefined) return undefined;
  return { scheme, id };
}
