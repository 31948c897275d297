// The e-mail addresses found in the input files: the output scan fails the build if any of
// them reaches the site (site.md "Privacy and safety rules for the output"). A build collects
// them in its file tasks (pipeline/file-task.ts, cached with each file's result) with
// emailsInFile; collectInputEmails does the same for a list of files.

import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { findEmails } from './scan.ts';

export async function collectInputEmails(dataDir: string, relPaths: readonly string[]): Promise<Set<string>> {
  const emails = new Set<string>();
  for (const rel of relPaths) {
    for (const e of await emailsInFile(path.join(dataDir, rel))) emails.add(e);
  }
  return emails;
}

/**
 * The distinct e-mail addresses of one input file (lower-cased, sorted). Every address holds an
 * `@`, which is the byte 0x40 in each encoding the reader accepts (UTF-8, Windows-1252, and
 * UTF-16, where it is 0x40 next to 0x00) and no other character's byte in UTF-8 or Windows-1252:
 * a file without that byte (nearly every large export) has none and is not decoded at all.
 */
export async function emailsInFile(absPath: string): Promise<string[]> {
  let at = false;
  for await (const chunk of createReadStream(absPath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (chunk.includes(0x40)) {
      at = true;
      break;
    }
  }
  if (!at) return [];
  const bytes = await fs.readFile(absPath);
  return [...new Set(findEmails(decodeInput(bytes)))].sort();
}

/** Text of an input file for searching only (the reader has already validated its encoding). */
function decodeInput(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
