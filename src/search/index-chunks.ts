// Splits a Pagefind bundle's word index into small chunks, so that a query loads a few KB of index instead of all of it.
//
// Pagefind cuts its word index into chunks of about 20,000 word locations, so a bundle of a few dozen pages is one
// chunk of ~30 KB gzip that every first query downloads whole. For each query term Pagefind loads the first chunk whose
// [from, to] range (in the meta file) holds the term, and the one that holds its stem ("gemeente" is indexed as
// "meen"); it then matches the loaded words that start with the stem, or else the longest loaded word the stem starts
// with. Here chunks are cut only between words that differ within their first two letters, so every word that starts
// with a stem of two letters or more, and every word of two letters or more that such a stem starts with, lies in one
// chunk; each range runs from the shortest prefix that tells the chunk apart to that prefix + U+10FFFF, so Pagefind
// loads exactly that chunk and finds what it would in one whole index. Only one-letter stems and one-letter words (a
// term "ag" falling back to the word "a") can differ, as they do with Pagefind's own chunks on large sites. The chunk
// files are CBOR behind Pagefind's "pagefind_dcd" signature, gzipped; words are copied byte for byte, in their order.
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

/** Raw bytes of word entries after which a chunk ends at the next cut allowed: chunks of 1–2.5 KB gzip. */
const CHUNK_BYTES = 2000;

/** The highest code point: `prefix + LAST` sorts after every word that starts with `prefix`. */
const LAST = "\u{10FFFF}";

const SIGNATURE = Buffer.from("pagefind_dcd");

/** Thrown when a bundle does not have the layout this module knows (a Pagefind upgrade changed the format). */
export class IndexFormatError extends Error {
  constructor(file: string, problem: string) {
    super(`onbekende Pagefind-indexindeling in ${file}: ${problem}`);
    this.name = "IndexFormatError";
  }
}

interface Head {
  major: number;
  /** The argument of the head: a length, a count or an integer; undefined for an indefinite length. */
  value: number | undefined;
  /** Offset just after the head. */
  next: number;
}

function head(bytes: Buffer, at: number): Head {
  const first = bytes[at];
  if (first === undefined) throw new RangeError(`CBOR ends at ${at}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  if (info === 24) return { major, value: bytes.readUInt8(at + 1), next: at + 2 };
  if (info === 25) return { major, value: bytes.readUInt16BE(at + 1), next: at + 3 };
  if (info === 26) return { major, value: bytes.readUInt32BE(at + 1), next: at + 5 };
  if (info === 27) return { major, value: Number(bytes.readBigUInt64BE(at + 1)), next: at + 9 };
  if (info === 31) return { major, value: undefined, next: at + 1 };
  throw new RangeError(`reserved CBOR head at ${at}`);
}

const BREAK = 0xff;

/** Offset just after the CBOR item that starts at `at`. */
function skip(bytes: Buffer, at: number): number {
  const { major, value, next } = head(bytes, at);
  if (major === 0 || major === 1 || major === 7) return next;
  if (major === 6) return skip(bytes, next);
  if (value === undefined) {
    let position = next;
    while (bytes[position] !== BREAK) position = skip(bytes, position);
    return position + 1;
  }
  if (major === 2 || major === 3) return next + value;
  let position = next;
  for (let item = 0; item < (major === 5 ? value * 2 : value); item += 1) position = skip(bytes, position);
  return position;
}

/** Reads a definite text string. */
function text(bytes: Buffer, at: number): string {
  const { major, value, next } = head(bytes, at);
  if (major !== 3 || value === undefined) throw new RangeError(`no text string at ${at}`);
  return bytes.toString("utf8", next, next + value);
}

/** The items of the array that starts at `at`, as byte ranges. */
function items(bytes: Buffer, at: number): { start: number; end: number }[] {
  const { major, value, next } = head(bytes, at);
  if (major !== 4) throw new RangeError(`no array at ${at}`);
  const found: { start: number; end: number }[] = [];
  let position = next;
  while (value === undefined ? bytes[position] !== BREAK : found.length < value) {
    const end = skip(bytes, position);
    found.push({ start: position, end });
    position = end;
  }
  return found;
}

function encodeHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) return Buffer.from([(major << 5) | 25, value >> 8, value & 0xff]);
  const long = Buffer.alloc(5);
  long[0] = (major << 5) | 26;
  long.writeUInt32BE(value, 1);
  return long;
}

function encodeText(value: string): Buffer {
  const utf8 = Buffer.from(value, "utf8");
  return Buffer.concat([encodeHead(3, utf8.length), utf8]);
}

function encodeArray(parts: Buffer[]): Buffer {
  return Buffer.concat([encodeHead(4, parts.length), ...parts]);
}

function unpack(file: Buffer, name: string): Buffer {
  const plain = gunzipSync(file);
  if (!plain.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new IndexFormatError(name, "geen pagefind_dcd-handtekening");
  return plain.subarray(SIGNATURE.length);
}

function pack(cbor: Buffer): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: 9 });
}

/** One word of the index: the word and its whole CBOR entry (locations on every page, meta matches). */
interface WordEntry {
  word: string;
  bytes: Buffer;
}

/** A chunk's words and the range of terms Pagefind looks up in it. */
interface Chunk {
  words: WordEntry[];
  from: string;
  to: string;
}

/** The first `length` letters (code points) of a word. */
function prefix(word: string, length: number): string {
  return Array.from(word).slice(0, length).join("");
}

/** How many letters two words share at their start. */
function shared(a: string, b: string): number {
  const [first, second] = [Array.from(a), Array.from(b)];
  let length = 0;
  while (length < first.length && first[length] === second[length]) length += 1;
  return length;
}

/** Groups words into chunks of at least `target` raw bytes (but the last), cut only where the first two letters differ. */
function group(words: readonly WordEntry[], target: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: WordEntry[] = [];
  let size = 0;
  let from = prefix(words[0]?.word ?? "", 1);
  for (const [i, word] of words.entries()) {
    current.push(word);
    size += word.bytes.length;
    const next = words[i + 1];
    const common = next ? shared(word.word, next.word) : 0;
    if (next && size >= target && common <= 1) {
      chunks.push({ words: current, from, to: prefix(word.word, common + 1) + LAST });
      from = prefix(next.word, common + 1);
      current = [];
      size = 0;
    }
  }
  const last = current.at(-1);
  if (last) chunks.push({ words: current, from, to: prefix(last.word, 1) + LAST });
  return chunks;
}

function shortHash(data: Buffer, length: number): string {
  return createHash("sha256").update(data).digest("hex").slice(0, length);
}

/**
 * Rewrites every language index of a written Pagefind bundle into word chunks of about `target` raw bytes: new
 * `index/*.pf_index` files, a meta file listing them (under a new content-hashed name) and the entry file pointing at it.
 */
export async function splitIndexChunks(bundleDir: string, target = CHUNK_BYTES): Promise<void> {
  const entryFile = path.join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryFile, "utf8")) as { languages?: Record<string, { hash?: string }> };
  for (const [language, index] of Object.entries(entry.languages ?? {})) {
    if (!index.hash) throw new IndexFormatError(entryFile, `geen hash voor taal ${language}`);
    try {
      index.hash = await splitLanguage(bundleDir, language, index.hash, target);
    } catch (error) {
      throw error instanceof RangeError ? new IndexFormatError(bundleDir, error.message) : error;
    }
  }
  await writeFile(entryFile, JSON.stringify(entry));
}

/** Splits one language's index and returns the hash of its new meta file. */
async function splitLanguage(bundleDir: string, language: string, metaHash: string, target: number): Promise<string> {
  const metaFile = path.join(bundleDir, `pagefind.${metaHash}.pf_meta`);
  const meta = unpack(await readFile(metaFile), metaFile);
  // The meta file is an array: version, pages, index chunks ([from, to, hash] each), filters, sorts, meta fields.
  const fields = items(meta, 0);
  const chunkList = fields[2];
  if (fields.length < 3 || !chunkList) throw new IndexFormatError(metaFile, "geen lijst met indexdelen");
  const oldHashes = items(meta, chunkList.start).map(({ start }) => {
    const parts = items(meta, start);
    const hash = parts[2];
    if (parts.length !== 3 || !hash) throw new IndexFormatError(metaFile, "indexdeel is geen [van, tot, hash]");
    return text(meta, hash.start);
  });

  const words: WordEntry[] = [];
  for (const hash of oldHashes) {
    const file = path.join(bundleDir, "index", `${hash}.pf_index`);
    const chunk = unpack(await readFile(file), file);
    // A chunk is an array holding one array of words; each word is an array that starts with the word itself.
    const [list] = items(chunk, 0);
    if (!list) throw new IndexFormatError(file, "geen woordenlijst");
    for (const { start, end } of items(chunk, list.start)) {
      const [word] = items(chunk, start);
      if (!word) throw new IndexFormatError(file, `leeg woord op ${start}`);
      words.push({ word: text(chunk, word.start), bytes: chunk.subarray(start, end) });
    }
  }

  const chunks = group(words, target);
  await Promise.all(oldHashes.map((hash) => rm(path.join(bundleDir, "index", `${hash}.pf_index`))));
  const hashes = new Set<string>();
  const listed: Buffer[] = [];
  for (const chunk of chunks) {
    const cbor = encodeArray([encodeArray(chunk.words.map((word) => word.bytes))]);
    let length = 7;
    let hash = `${language}_${shortHash(cbor, length)}`;
    while (hashes.has(hash)) hash = `${language}_${shortHash(cbor, ++length)}`;
    hashes.add(hash);
    await writeFile(path.join(bundleDir, "index", `${hash}.pf_index`), pack(cbor));
    listed.push(encodeArray([encodeText(chunk.from), encodeText(chunk.to), encodeText(hash)]));
  }

  const newMeta = Buffer.concat([meta.subarray(0, chunkList.start), encodeArray(listed), meta.subarray(chunkList.end)]);
  const newHash = `${language}_${shortHash(newMeta, 10)}`;
  await rm(metaFile);
  await writeFile(path.join(bundleDir, `pagefind.${newHash}.pf_meta`), pack(newMeta));
  return newHash;
}
