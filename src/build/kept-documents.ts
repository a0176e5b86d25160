import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "../content/content-error.ts";
import { listFiles } from "../files/list-files.ts";
import { sha256 } from "../files/sha256.ts";
import type { DocumentState } from "../toolkit/document-state.ts";
import { appendKeptList, KEPT_DIR, KEPT_LIST, keptName, keptPath, parseKeptList, type KeptEntry, type KeptKind } from "./kept-list.ts";

/** The kept documents of the repository, checked against the list: every listed file present and unchanged. */
export interface KeptDocuments {
  /** The list's entries, in list order. */
  entries: KeptEntry[];
  /** The bytes of each kept file by its name. */
  bytes: Map<string, Uint8Array>;
}

/**
 * The documents of a state of a published release that a build made because none were kept yet: its PDF and archive
 * copy and its summary, or only the summary when the state's PDF and archive copy were kept before the summary existed.
 */
export interface FreshState extends DocumentState {
  /** The release. */
  version: string;
  /** The stem of the state's file names: its date, or its date with "-2", "-3", … for a later state that day. */
  stem: string;
  /** The documents made, each with its kind. */
  files: { kind: KeptKind; bytes: Uint8Array }[];
}

/**
 * Reads `bewaard/documenten.txt` and the files in `bewaard/`, and checks them like the ledger: a listed file that is
 * missing or whose SHA-256 differs, a file the list does not name, a state with only one of its two documents, or a
 * release that is not published, is an error naming the file, in words an editor can act on.
 */
export async function readKeptDocuments(root: string, released: readonly string[], errors: ContentError[]): Promise<KeptDocuments> {
  const text = await readFile(path.join(root, KEPT_LIST), "utf8").catch(() => undefined);
  const entries = text === undefined ? [] : parseKeptList(text, errors);
  const bytes = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const file = keptPath(entry);
    const data = await readFile(path.join(root, file)).catch(() => undefined);
    const restore = `zet het terug met git checkout -- ${file}; haal nooit een regel uit ${KEPT_LIST}`;
    if (data === undefined) {
      errors.push({
        file,
        field: "bewaard document",
        expected: `het bestand dat ${KEPT_LIST} in regel ${entry.line} noemt`,
        found: `het bestand ontbreekt; ${restore}`,
      });
      continue;
    }
    const found = sha256(data);
    if (found !== entry.sha256)
      errors.push({
        file,
        field: "bewaard document",
        expected: `het document zoals het is bewaard, met SHA-256 ${entry.sha256} (${KEPT_LIST}, regel ${entry.line}); een bewaard document verandert nooit`,
        found: `een veranderd bestand, met SHA-256 ${found}; ${restore}`,
      });
    bytes.set(entry.name, data);
    if (!released.includes(entry.version))
      errors.push({
        file: KEPT_LIST,
        field: `regel ${entry.line}`,
        expected: "een gepubliceerde release",
        found: `release ${entry.version} is niet gepubliceerd`,
      });
    // A state has its PDF and archive copy together; a summary joins a state that has them.
    const other = entry.kind === "zip" ? "pdf" : "zip";
    if (!entries.some((candidate) => candidate.name === keptName(entry.version, entry.stem, other)))
      errors.push({
        file: KEPT_LIST,
        field: `regel ${entry.line}`,
        expected: `bij elke stand een PDF en een archiefkopie (ZIP)`,
        found: `${keptName(entry.version, entry.stem, other)} ontbreekt in de lijst`,
      });
  }
  const listed = new Set([KEPT_LIST, ...entries.map(keptPath)]);
  const present = await listFiles(path.join(root, KEPT_DIR)).catch(() => [] as string[]);
  for (const file of present.map((name) => `${KEPT_DIR}/${name}`).filter((name) => !listed.has(name) && !path.posix.basename(name).startsWith(".")))
    errors.push({
      file,
      field: "bewaard document",
      expected: `alleen documenten die ${KEPT_LIST} noemt (de build voegt ze toe)`,
      found: "een bestand dat niet in de lijst staat; haal het weg, of zet de lijst terug met git checkout",
    });
  return { entries, bytes };
}

/**
 * Keeps the documents of states a build made: writes each into `bewaard/<release>/` and adds its line at the end of
 * the list, leaving every existing line and file as it is. Returns the paths it wrote, for the commit.
 */
export async function keepDocuments(root: string, fresh: readonly FreshState[]): Promise<string[]> {
  if (fresh.length === 0) return [];
  const added = fresh.flatMap((state) =>
    state.files.map(({ kind, bytes }) => ({
      version: state.version,
      date: state.date,
      reason: state.reason,
      stem: state.stem,
      errata: state.errata,
      name: keptName(state.version, state.stem, kind),
      kind,
      sha256: sha256(bytes),
      bytes,
    })),
  );
  for (const entry of added) {
    await mkdir(path.join(root, KEPT_DIR, entry.version), { recursive: true });
    await writeFile(path.join(root, keptPath(entry)), entry.bytes);
  }
  const listFile = path.join(root, KEPT_LIST);
  const text = await readFile(listFile, "utf8").catch(() => undefined);
  await writeFile(listFile, appendKeptList(text, added));
  return [KEPT_LIST, ...added.map(keptPath)];
}
