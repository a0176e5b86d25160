import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, type Dirent, type Stats } from "node:fs";
import { lstat, realpath } from "node:fs/promises";
import path from "node:path";
import { listEntries } from "../files/list-files.ts";
import type { ContentError } from "./content-error.ts";

/** One file read from disk: its path relative to the site root (forward slashes) and its bytes. */
export interface RawFile {
  /** Path relative to the site root, e.g. `content/toolkit/2.0/release.md`. */
  path: string;
  /** The file's bytes, undecoded; null when a required file does not exist or was refused (see `problem`). */
  bytes: Uint8Array | null;
  /** Why the file was not read: a symlink, not a regular file, or outside its folder. Its target is never read. */
  problem?: ContentError;
}

/** The two folders the build reads editors' files from. */
type Folder = "content" | "_data";

/** A file to read, or an entry refused while listing (`refused` says what it is). */
interface Listed {
  absolute: string;
  folder: Folder;
  refused: string | undefined;
}

const DATA_FILES = ["site.yaml", "sources.yaml"];
const SYMLINK = "een symbolische koppeling (symlink); de site volgt geen koppelingen";

/**
 * The only place that reads editors' files from disk: every file under content/ and the two data files. Only regular
 * files inside content/ and _data/ are read; a symlink, special file or path leading outside comes back with a
 * `problem` and no bytes, and what it points to is never read. Every file is read in full every time: a file's size
 * and modification time do not prove its bytes unchanged.
 */
export async function readContentFiles(root: string): Promise<RawFile[]> {
  const realRoot = await realpath(root).catch(() => root);
  const listed = [...(await listContent(root)), ...(await listData(root))];
  return listed.map((entry) => readListed(root, realRoot, entry));
}

/**
 * Reads the files at `paths` (relative to the root, forward slashes) as `readContentFiles` reads them, with the same
 * refusals: a path it would not list (gone, hidden, not one of the data files) maps to null. Undefined when a path
 * cannot be answered without listing everything: a folder on its way, or the path itself, is a folder, symlink or
 * special file, or the path leaves content/ and _data/.
 */
export async function readContentPaths(root: string, paths: readonly string[]): Promise<Map<string, RawFile | null> | undefined> {
  const realRoot = await realpath(root).catch(() => root);
  const found = new Map<string, RawFile | null>();
  for (const file of paths) {
    const entry = await listOne(root, file);
    if (entry === undefined) return undefined;
    found.set(file, entry && readListed(root, realRoot, entry));
  }
  return found;
}

/** The order `readContentFiles` returns files in: content/ by path, then the data files in their order. */
export function inReadOrder(a: RawFile, b: RawFile): number {
  const rank = (file: RawFile): number => (file.path.startsWith("content/") ? -1 : DATA_FILES.indexOf(file.path.slice("_data/".length)));
  return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function readListed(root: string, realRoot: string, entry: Listed): RawFile {
  const relative = path.relative(root, entry.absolute).split(path.sep).join("/");
  const read = entry.refused ?? readInside(entry.absolute, realRoot, entry.folder);
  if (read instanceof Uint8Array) return { path: relative, bytes: read };
  if (read === null) return { path: relative, bytes: null };
  return { path: relative, bytes: null, problem: refusal(relative, entry.folder, read) };
}

function refusal(file: string, folder: Folder, found: string): ContentError {
  const expected = folder === "content" ? "een gewoon bestand of een gewone map binnen content/" : "een gewoon bestand binnen _data/";
  return { file, field: "bestand", expected, found };
}

/** What a directory entry is when it is not a regular file, in Dutch; undefined for a regular file. */
function kindOf(entry: Dirent | Stats): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return SYMLINK;
  if (entry.isDirectory()) return "een map";
  return "een speciaal bestand (zoals een pipe, socket of apparaat), geen gewoon bestand";
}

/**
 * Reads a regular file whose real path lies inside `folder` of the (real) root: its bytes, null when it is gone, or
 * what it is instead. Opened without following a symlink or blocking on a pipe, then checked again on the open file.
 * Synchronous: for thousands of small files, five system calls each, this is several times faster than fs/promises.
 */
function readInside(absolute: string, realRoot: string, folder: Folder): Uint8Array | null | string {
  const real = attempt(() => realpathSync(absolute));
  if (real === undefined) return null;
  if (!real.startsWith(path.join(realRoot, folder) + path.sep)) return `een bestand dat buiten ${folder}/ uitkomt`;
  const fd = attempt(() => openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)));
  if (fd === undefined) return null;
  try {
    return kindOf(fstatSync(fd)) ?? readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The result of `read`, or undefined when it throws (the file went away or cannot be opened). */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Every entry under content/; a symlinked content/ itself is refused without looking inside. */
async function listContent(root: string): Promise<Listed[]> {
  const dir = path.join(root, "content");
  const facts = await lstat(dir).catch(() => undefined);
  if (facts?.isSymbolicLink()) return [{ absolute: dir, folder: "content", refused: SYMLINK }];
  const entries = await listEntries(dir, { skipHidden: true }).catch(() => []);
  return entries.map(({ file, entry }) => ({ absolute: path.join(dir, file), folder: "content", refused: kindOf(entry) }));
}

/** The two data files, whether they exist or not (a missing one is reported by the loader). */
async function listData(root: string): Promise<Listed[]> {
  return Promise.all(DATA_FILES.map((name) => listDataFile(root, name)));
}

async function listDataFile(root: string, name: string): Promise<Listed> {
  const absolute = path.join(root, "_data", name);
  const facts = await lstat(absolute).catch(() => undefined);
  return { absolute, folder: "_data", refused: facts && kindOf(facts) };
}

/**
 * How `listContent` or `listData` would list one path: as an entry, null when they would not list it, undefined
 * when only listing its folder can tell (see `readContentPaths`).
 */
async function listOne(root: string, file: string): Promise<Listed | null | undefined> {
  const [folder = "", ...parts] = file.split("/");
  if (parts.length === 0 || parts.some((part) => part === "" || part === "." || part === "..")) return undefined;
  if (folder === "_data") return parts.length === 1 && DATA_FILES.includes(parts[0] ?? "") ? listDataFile(root, parts[0] ?? "") : null;
  if (folder !== "content") return undefined;
  if (parts.some((part) => part.startsWith("."))) return null;
  let folderPath = path.join(root, "content");
  for (const part of ["", ...parts.slice(0, -1)]) {
    folderPath = path.join(folderPath, part);
    const facts = await lstat(folderPath).catch(() => undefined);
    if (!facts) return null;
    if (!facts.isDirectory()) return undefined;
  }
  const absolute = path.join(folderPath, parts.at(-1) ?? "");
  const facts = await lstat(absolute).catch(() => undefined);
  if (!facts) return null;
  return facts.isDirectory() ? undefined : { absolute, folder: "content", refused: kindOf(facts) };
}
