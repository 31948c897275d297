// Only the data folder is read (inputs.md "Layout"; issue 11, finding 1). A symbolic link, a
// device, a pipe (FIFO) or a socket anywhere in the data folder, or a path whose real path leaves
// it, is refused: nothing of it is opened, read or echoed. Every file of the data folder is opened
// here: each part of its path checked with lstat (a link is never followed), then opened with
// O_NOFOLLOW and checked again on the open handle, so that a file swapped for a link between the
// check and the open fails closed. The data folder itself may be a link (the user named it).

import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Why a path of the data folder is not read. */
export type Refusal = 'link' | 'special' | 'folder' | 'missing' | 'unreadable' | 'outside';

/** What an entry of the data folder is, without following a link. */
export type EntryKind = 'file' | 'folder' | 'link' | 'special';

export const LINK_MESSAGE = 'is a link; copy the file itself into the data folder'
  + ' (links are not followed, so that nothing from outside the data folder can be read or published)';
export const SPECIAL_MESSAGE = 'is not an ordinary file or folder (a device, a pipe or a socket);'
  + ' only ordinary files and folders are read, so remove it from the data folder';
export const OUTSIDE_MESSAGE = 'leads outside the data folder; copy the file itself into the data folder';

/** The message for a refused path (`what`: "the file", "report.json", …). */
export function refusalMessage(refusal: Refusal, what = 'the file'): string {
  switch (refusal) {
    case 'link': return LINK_MESSAGE;
    case 'special': return SPECIAL_MESSAGE;
    case 'outside': return OUTSIDE_MESSAGE;
    case 'folder': return `${what} is a folder; it must be a file`;
    case 'missing': return `${what} is missing`;
    case 'unreadable': return `${what} cannot be read; check that it is a file you may read (its permissions)`;
  }
}

export function kindOf(s: Stats | { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  if (s.isSymbolicLink()) return 'link';
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'folder';
  return 'special';
}

type Checked = { readonly ok: true; readonly stats: Stats; readonly absolute: string } | { readonly ok: false; readonly refusal: Refusal };

function errnoOf(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : undefined;
}

/**
 * Checks a path of the data folder (`2025/narrative/data.en.md`) part by part without following
 * links; ok only for an ordinary file whose real path is inside the real data folder.
 */
export async function checkDataPath(dataDir: string, rel: string): Promise<Checked> {
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return { ok: false, refusal: 'outside' };
  let current = dataDir;
  let stats: Stats | null = null;
  for (let i = 0; i < parts.length; i++) {
    current = path.join(current, parts[i] as string);
    try {
      stats = await lstat(current);
    } catch (e) {
      const code = errnoOf(e);
      return { ok: false, refusal: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
    }
    const kind = kindOf(stats);
    if (kind === 'link') return { ok: false, refusal: 'link' };
    if (kind === 'special') return { ok: false, refusal: 'special' };
    if (i < parts.length - 1 && kind !== 'folder') return { ok: false, refusal: 'missing' };
  }
  if (stats === null) return { ok: false, refusal: 'missing' };
  if (stats.isDirectory()) return { ok: false, refusal: 'folder' };
  try {
    const root = await realpath(dataDir);
    const real = await realpath(current);
    if (!real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return { ok: false, refusal: 'outside' };
  } catch {
    return { ok: false, refusal: 'unreadable' };
  }
  return { ok: true, stats, absolute: current };
}

const CHUNK = 1 << 18;
/** One read of #fromDisk: the bytes read, and whether they filled the buffer (so that more may follow). */
interface DiskRead {
  readonly buffer: Buffer;
  readonly full: boolean;
}
/** Files up to this size are read once, whole, when first read; every pass then takes them from memory. */
const READ_WHOLE_BYTES = 32 << 20;
/** The smallest read of a file read chunk by chunk (its end, or bytes added since it was opened). */
const MIN_READ = 1 << 16;
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * An ordinary file of the data folder, open for reading; read it in chunks or whole. A file of up
 * to READ_WHOLE_BYTES is read from disk once (to its end, as it is then): every pass over it (the
 * byte scan, the parse, the e-mail search) sees the same bytes. A larger file is read again from
 * its handle by each pass, chunk by chunk, and never held whole.
 */
export class DataFile {
  readonly #handle: FileHandle;
  /** Size in bytes when opened. */
  readonly size: number;
  /** The file's bytes, once read (files of up to READ_WHOLE_BYTES). */
  #whole: Promise<Buffer> | null = null;

  constructor(handle: FileHandle, size: number) {
    this.#handle = handle;
    this.size = size;
  }

  /** The file's bytes from the start, chunk by chunk (each call goes through the whole file). */
  async *chunks(chunkSize = CHUNK): AsyncGenerator<Buffer> {
    if (this.size > READ_WHOLE_BYTES) {
      yield* this.#fromDisk(chunkSize);
      return;
    }
    this.#whole ??= this.#readWhole();
    const whole = await this.#whole;
    for (let at = 0; at < whole.length; at += chunkSize) yield whole.subarray(at, Math.min(at + chunkSize, whole.length));
  }

  /** The whole file. */
  async readAll(): Promise<Buffer> {
    if (this.size <= READ_WHOLE_BYTES) return (this.#whole ??= this.#readWhole());
    const parts: Buffer[] = [];
    for await (const chunk of this.#fromDisk(CHUNK)) parts.push(chunk);
    return Buffer.concat(parts);
  }

  async #readWhole(): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of this.#fromDisk(READ_WHOLE_BYTES)) parts.push(chunk);
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  /**
   * Reads from the disk to the end of the file, in buffers of the size still to come and a byte
   * more (at most chunkSize): a read that does not fill its buffer has reached the end of the
   * (ordinary) file as it is now, so a file that did not grow takes no read to find its end.
   */
  async *#fromDisk(chunkSize: number): AsyncGenerator<Buffer> {
    // The next read is under way while the caller works on a chunk (as a read stream reads
    // ahead): the reads are the same as one after another, each made once the one before it
    // filled its buffer.
    let position = 0;
    let next: Promise<DiskRead> | null = this.#readAt(position, chunkSize);
    try {
      for (;;) {
        const { buffer, full }: DiskRead = await (next as Promise<DiskRead>);
        next = null;
        if (buffer.length === 0) return;
        position += buffer.length;
        if (full) next = this.#readAt(position, chunkSize);
        yield buffer;
        if (!full) return;
      }
    } finally {
      // A pass that stops early (the delimiter, from the first chunk) leaves no read under way.
      if (next !== null) await next.catch(() => undefined);
    }
  }

  /** One read at `position`: a buffer of the size still to come and a byte more, at most chunkSize. */
  #readAt(position: number, chunkSize: number): Promise<DiskRead> {
    const size = Math.min(chunkSize, Math.max(this.size - position + 1, MIN_READ));
    const buffer = Buffer.allocUnsafe(size);
    const read = this.#handle.read(buffer, 0, size, position)
      .then(({ bytesRead }) => ({ buffer: bytesRead === size ? buffer : buffer.subarray(0, bytesRead), full: bytesRead === size }));
    // Handled now (its failure is thrown where it is awaited), so that one failing while the
    // caller works on the chunk before it is no unhandled rejection.
    read.catch(() => undefined);
    return read;
  }

  /** The SHA-256 (hex) of the file's bytes (a pass over them, as chunks() gives them). */
  async sha256(): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of this.chunks()) hash.update(chunk);
    return hash.digest('hex');
  }

  async close(): Promise<void> {
    await this.#handle.close().catch(() => undefined);
  }
}

export type Opened = { readonly ok: true; readonly file: DataFile } | { readonly ok: false; readonly refusal: Refusal };

/** Opens an ordinary file of the data folder, or says why not (nothing of a refused path is read). */
export async function openDataFile(dataDir: string, rel: string): Promise<Opened> {
  const checked = await checkDataPath(dataDir, rel);
  if (!checked.ok) return checked;
  let handle: FileHandle;
  try {
    handle = await open(checked.absolute, OPEN_FLAGS);
  } catch (e) {
    const code = errnoOf(e);
    return { ok: false, refusal: code === 'ELOOP' ? 'link' : code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    const s = await handle.stat();
    // Swapped between the check and the open: not the file that was checked.
    if (!s.isFile() || s.ino !== checked.stats.ino || s.dev !== checked.stats.dev) {
      await handle.close();
      return { ok: false, refusal: s.isFile() ? 'link' : 'special' };
    }
    return { ok: true, file: new DataFile(handle, s.size) };
  } catch {
    await handle.close().catch(() => undefined);
    return { ok: false, refusal: 'unreadable' };
  }
}

/** Runs `use` on an opened data file and closes it afterwards. */
export async function withDataFile<T>(file: DataFile, use: (file: DataFile) => Promise<T>): Promise<T> {
  try {
    return await use(file);
  } finally {
    await file.close();
  }
}
