import { inReadOrder, type RawFile } from "../content/loader.ts";

/** The content files the dev server holds between saves, by path, in the order `readContentFiles` returns them. */
export type HeldFiles = ReadonlyMap<string, RawFile>;

/**
 * The files of a full read, each kept as its held object when its bytes are unchanged: the load memo knows a file by
 * the identity of its bytes, so only edited files are parsed again.
 */
export function keepUnchanged(held: HeldFiles, read: readonly RawFile[]): Map<string, RawFile> {
  return new Map(read.map((file) => [file.path, keptOrNew(held, file)]));
}

/**
 * The held files with a partial read merged in: a file read with unchanged bytes stays the held object, a changed or
 * new one is taken, and a path read as null (gone) drops the file and every file under it (a deleted folder).
 */
export function mergeRead(held: HeldFiles, read: ReadonlyMap<string, RawFile | null>): Map<string, RawFile> {
  const gone = [...read].filter(([, file]) => file === null).map(([file]) => file);
  const next = new Map(held);
  for (const file of gone.length > 0 ? held.keys() : []) if (gone.some((dropped) => file === dropped || file.startsWith(`${dropped}/`))) next.delete(file);
  const added = [...read.values()].filter((file) => file !== null && !held.has(file.path));
  for (const file of read.values()) if (file) next.set(file.path, keptOrNew(held, file));
  // A changed file keeps its place in the map; only an added one needs the order to be made again.
  return added.length === 0 ? next : new Map([...next.values()].sort(inReadOrder).map((file) => [file.path, file]));
}

/** Paths whose file differs between the held files and a full read: other bytes, added or removed. */
export function differingPaths(held: HeldFiles, read: readonly RawFile[]): string[] {
  const changed = read.filter((file) => {
    const known = held.get(file.path);
    return !known || !sameBytes(known, file);
  });
  const paths = new Set(read.map((file) => file.path));
  const removed = [...held.keys()].filter((file) => !paths.has(file));
  return [...changed.map((file) => file.path), ...removed].sort();
}

function keptOrNew(held: HeldFiles, file: RawFile): RawFile {
  const known = held.get(file.path);
  return known && sameBytes(known, file) ? known : file;
}

/** True when two reads of a file found the same bytes (or both found none, for the same reason). */
function sameBytes(a: RawFile, b: RawFile): boolean {
  if (a.bytes === null || b.bytes === null) return a.bytes === b.bytes && a.problem?.found === b.problem?.found;
  return Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength).equals(b.bytes);
}
