// RFC 4180 records from csv-parse's streaming API, each with the physical line it starts on.
// Fields come as arrays (`columns: false`); conversion is the caller's, in its own loop.

import { once } from 'node:events';
import { TextDecoder } from 'node:util';
import { parse, type CsvError } from 'csv-parse';
import { detectDelimiter, type Delimiter } from './dialect.ts';

/** Called for every record, blank lines included (as `['']`), in file order. */
export type RecordHandler = (fields: string[], line: number) => void;

export type ParseEnd =
  | { readonly ok: true }
  /** A quoted field is never closed: the record that opens it starts on `line`. */
  | { readonly ok: false; readonly line: number; readonly reason: 'unclosed-quote' | 'malformed' | 'too-long' };

/** The most text one record may hold (its fields together, delimiters not counted): 1 MiB. */
export const MAX_RECORD_CHARS = 1 << 20;

/** The first non-blank line of the text so far, or null when it is not complete yet. */
function headerLine(text: string, complete: boolean): string | null {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      const rest = text.slice(start);
      return complete || rest.length > 1 << 20 ? rest : null;
    }
    const line = text.slice(start, nl);
    if (line.trim() !== '') return line;
    start = nl + 1;
  }
}

/** The delimiter of the header line (the first non-blank line); null when the file has none. */
export async function sniffDelimiter(chunks: AsyncIterable<Buffer>): Promise<Delimiter | null> {
  let head = '';
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    head += decoder.decode(chunk, { stream: true });
    const line = headerLine(head, false);
    if (line !== null) return detectDelimiter(line);
  }
  const line = headerLine(head, true);
  return line === null || line.trim() === '' ? null : detectDelimiter(line);
}

/**
 * Parses UTF-8 chunks with the given delimiter. The handler runs synchronously for each record;
 * a parse error ends the stream with the line where the broken record starts.
 */
export async function parseCsv(chunks: AsyncIterable<Buffer>, delimiter: Delimiter, onRecord: RecordHandler): Promise<ParseEnd> {
  const iterator = chunks[Symbol.asyncIterator]();
  let line = 1;
  const parser = parse({
    delimiter,
    columns: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
    // A field (or row) of hundreds of megabytes ends the read at once, in bounded memory.
    max_record_size: MAX_RECORD_CHARS,
  });
  parser.on('data', (fields: string[]) => {
    const start = line;
    let span = 1;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as string;
      if (f.length > 0 && f.indexOf('\n') !== -1) {
        for (let j = f.indexOf('\n'); j !== -1; j = f.indexOf('\n', j + 1)) span++;
      }
    }
    line = start + span;
    onRecord(fields, start);
  });
  const state: { failure: CsvError | Error | null } = { failure: null };
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (err: Error) => {
      state.failure = err;
      resolve();
    });
  });

  const write = async (chunk: Buffer): Promise<void> => {
    if (state.failure === null && !parser.write(chunk)) await Promise.race([once(parser, 'drain'), ended]);
  };
  for (;;) {
    if (state.failure !== null) break;
    const next = await iterator.next();
    if (next.done === true) break;
    await write(next.value);
  }
  if (state.failure === null) parser.end();
  else await iterator.return?.();
  await ended;
  const err = state.failure;
  if (err === null) return { ok: true };
  const code = 'code' in err ? err.code : '';
  return {
    ok: false,
    line,
    reason: code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed-quote' : code === 'CSV_MAX_RECORD_SIZE' ? 'too-long' : 'malformed',
  };
}
