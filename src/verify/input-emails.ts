// The e-mail addresses found in the input files: the output scan fails the build if any of
// them reaches the site (site.md "Privacy and safety rules for the output").

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findEmails } from './scan.ts';

export async function collectInputEmails(dataDir: string, relPaths: readonly string[]): Promise<Set<string>> {
  const emails = new Set<string>();
  for (const rel of relPaths) {
    const bytes = await fs.readFile(path.join(dataDir, rel));
    for (const e of findEmails(decodeInput(bytes))) emails.add(e);
  }
  return emails;
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
