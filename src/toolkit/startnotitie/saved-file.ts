import { sinceReleaseUrl } from "../../content/urls.ts";
import { compareVersions } from "../../content/versions.ts";
import type { StartnotitieBasis } from "./startnotitie-basis.ts";
import type { StartnotitieState } from "./startnotitie-state.ts";

/** What a saved startnotitie file says it is. */
const FORMAT = "toolkit-het-bouwdepot/startnotitie";

/** The version of the file format; a reader of a later format still opens version 1. */
const FORMAT_VERSION = 1;

/** A startnotitie saved as a file: the state, and what the release showed of each randvoorwaarde at the time. */
interface SavedFile {
  /** Always FORMAT. */
  format: string;
  /** The format's version. */
  formatVersion: number;
  /** The release it was saved under. */
  release: string;
  /** The day it was saved, "YYYY-MM-DD". */
  saved: string;
  /** Per randvoorwaarde: its title and fingerprint then, and the label of the option chosen. */
  conditions: Record<string, { title: string; fingerprint: string; chosen: string }>;
  /** What was filled in. */
  state: StartnotitieState;
}

/** The state as the text of a file to keep: JSON with its format and version. */
export function savedFileText(basis: StartnotitieBasis, state: StartnotitieState, today: string): string {
  const conditions = Object.fromEntries(
    basis.conditions.map((condition) => {
      const option = state.choices[condition.id]?.option ?? "";
      const chosen = condition.options.find((candidate) => candidate.id === option)?.label ?? "";
      return [condition.id, { title: condition.title, fingerprint: condition.fingerprint, chosen }];
    }),
  );
  const file: SavedFile = { format: FORMAT, formatVersion: FORMAT_VERSION, release: basis.version, saved: today, conditions, state };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** An opened file: the state to show and what the reader must know about it, or why it cannot be opened. */
export type Opened = { ok: true; state: StartnotitieState; notices: string[] } | { ok: false; error: string };

/**
 * Opens a saved file in this release. A file from another release (or the same release after a correction) opens with
 * notices that name the randvoorwaarden that changed, are new, or are gone; a chosen option this release no longer
 * offers becomes "anders, namelijk" with the old text, so nothing the municipality chose is lost.
 */
export function openSavedFile(text: string, basis: StartnotitieBasis, empty: StartnotitieState): Opened {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: "Dit bestand is geen bewaarde startnotitie: het is geen JSON." };
  }
  if (!isSavedFile(parsed)) return { ok: false, error: "Dit bestand is geen bewaarde startnotitie van deze toolkit." };
  if (parsed.formatVersion > FORMAT_VERSION)
    return { ok: false, error: `Dit bestand is gemaakt met een nieuwere versie van de startnotitie (formaat ${parsed.formatVersion}).` };
  const state: StartnotitieState = {
    ...empty,
    ...pickText(parsed.state, Object.keys(empty)),
    reken: { ...empty.reken, ...pickText(parsed.state.reken, Object.keys(empty.reken)) },
    choices: {},
  };
  const notices: string[] = [];
  const older = compareVersions(parsed.release, basis.version) < 0;
  const here = new Map(basis.conditions.map((condition) => [condition.id, condition]));
  const replaced: string[] = [];
  for (const [id, choice] of Object.entries(parsed.state.choices)) {
    const condition = here.get(id);
    if (!condition) continue;
    const offered = choice.option === "anders" || choice.option === "" || condition.options.some((option) => option.id === choice.option);
    const chosen: unknown = parsed.conditions[id]?.chosen;
    const old = typeof chosen === "string" ? chosen : "";
    state.choices[id] = offered ? { ...choice } : { option: "anders", other: choice.other || old, note: choice.note };
    if (!offered) replaced.push(condition.title);
  }
  const changed = basis.conditions.filter(
    (condition) => parsed.conditions[condition.id] && parsed.conditions[condition.id]?.fingerprint !== condition.fingerprint,
  );
  const added = basis.conditions.filter((condition) => !parsed.conditions[condition.id]);
  const gone = Object.entries(parsed.conditions).filter(([id]) => !here.has(id));
  if (parsed.release !== basis.version) notices.push(`Dit bestand is bewaard bij release ${parsed.release}. Je werkt nu in release ${basis.version}.`);
  if (changed.length > 0)
    notices.push(`Veranderd sinds het bestand werd bewaard: ${titles(changed.map((condition) => condition.title))}. Lees die randvoorwaarden opnieuw.`);
  if (added.length > 0 && parsed.release !== basis.version)
    notices.push(`Nieuw in release ${basis.version}: ${titles(added.map((condition) => condition.title))}. Maak daar nog een keuze.`);
  if (gone.length > 0)
    notices.push(
      `${older ? "Niet meer" : "Niet"} in release ${basis.version}: ${titles(gone.map(([, condition]) => condition.title))}. Die keuze staat niet meer in de startnotitie.`,
    );
  if (replaced.length > 0) notices.push(`Deze release biedt je keuze niet meer aan bij: ${titles(replaced)}. Je keuze staat nu bij "anders, namelijk".`);
  const comparison = basis.comparisons[parsed.release] ?? (older ? sinceReleaseUrl(parsed.release) : undefined);
  if (comparison && notices.length > 0) notices.push(`Wat er verder veranderde: ${basis.siteUrl}${comparison}`);
  return { ok: true, state, notices };
}

function titles(list: readonly string[]): string {
  return list.map((title) => `„${title}”`).join(", ");
}

/** Only the known text fields of an object, for copying a saved state's fields without trusting their names or types. */
function pickText(value: object, known: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => known.includes(entry[0]) && typeof entry[1] === "string"));
}

function isSavedFile(value: unknown): value is SavedFile {
  if (typeof value !== "object" || value === null) return false;
  const file = value as Partial<SavedFile>;
  const state = file.state as Partial<StartnotitieState> | undefined;
  return (
    file.format === FORMAT &&
    typeof file.formatVersion === "number" &&
    typeof file.release === "string" &&
    typeof file.conditions === "object" &&
    file.conditions !== null &&
    typeof state === "object" &&
    state !== null &&
    typeof state.reken === "object" &&
    state.reken !== null &&
    typeof state.choices === "object" &&
    state.choices !== null &&
    Object.values(state.choices).every(
      (choice: unknown) =>
        typeof choice === "object" &&
        choice !== null &&
        ["option", "other", "note"].every((key) => typeof (choice as Record<string, unknown>)[key] === "string"),
    )
  );
}
