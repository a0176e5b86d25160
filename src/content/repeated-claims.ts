import type { ContentError } from "./content-error.ts";
import type { Release, ToolkitPage } from "./model.ts";
import { runningText } from "./running-text.ts";

/** A figure or an attribution may stand on this many pages of a release; on more, it is said too often. */
export const MAX_PAGES_PER_CLAIM = 3;

/** What kind of claim is repeated: a figure with its unit, or who says something. */
export type ClaimKind = "getal" | "bronvermelding";

/** One figure or attribution that stands on more pages of a release than MAX_PAGES_PER_CLAIM. */
export interface RepeatedClaim {
  /** The release. */
  version: string;
  /** True for a concept release: there the repetition stops `npm run check`; a locked release is only reported. */
  concept: boolean;
  /** A figure or an attribution. */
  kind: ClaimKind;
  /** The claim as the check compares it, such as "€1.050" or "volgens de initiatiefnemers". */
  text: string;
  /** The files of the pages it stands on, sorted. */
  files: string[];
}

/** Fields of a page that name things but say nothing a reader reads as a claim. */
const NOT_TEXT = new Set(["id", "sources", "aliases", "related", "order", "basis", "kind", "section"]);

const NUMBER = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?![\d]|[.,]\d)`;
const AMOUNT = new RegExp(String.raw`€\s?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?|${NUMBER}\s+euro\b`, "gi");
const PERCENT = new RegExp(String.raw`${NUMBER}\s?(?:%|procent\b)`, "gi");
const COUNT = new RegExp(String.raw`${NUMBER}\s+([a-zà-ÿ]+)`, "g");

/** Words after a number that are no unit: small words, months (a date is no count) and the minutes of a training block. */
const NO_UNIT = new Set(
  (
    "minuten aan als bij dat de den die door een en euro het in is met naar niet of om op over per procent te tegen tot uit van voor was werd zijn " +
    "januari februari maart april mei juni juli augustus september oktober november december"
  ).split(" "),
);

/** Who a clause names as saying something: an attribution starts with "volgens" or is such a verb before its subject. */
const ATTRIBUTION =
  /\b(?:[Vv]olgens|schrijven|schreven|schrijft|schreef|noemen|noemden|noemt|noemde|melden|meldden|meldt|meldde|zeggen|zegt|zei)\s+((?:de|het|hun|haar|zijn)\s+[a-zà-ÿ.#-]+(?:\s+van\s+(?:de\s+|het\s+)?(?:[A-Z][A-Za-zÀ-ÿ.#-]*|[a-z]+\.nl)(?:\s+[A-Z][a-zà-ÿ]+)*)?)/g;
/** Subjects that point at what a source leaves out ("de bron zegt niet …"), not at who claims something. */
const NO_SPEAKER = /^(?:de|het) (?:bron|bronnen|bericht|zelf|niet|ook|wel|nog|dan)$/i;
/** A mention of the initiators' own #GemeenteDelers entry, however it is worded. */
const ENTRY = /inzending\s+(?:van\s+[^.]{0,60}?\s+)?voor\s+#GemeenteDelers/gi;

/** Amounts ("€1.050", "8.000 euro"), percentages ("60,9%") and counts with their unit ("30 jongeren") in a text, as compared. */
export function figuresIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const whole = match[1] ?? match[3] ?? "";
    const fraction = match[2] ?? match[4] ?? "";
    found.push(`€${whole}${fraction}`);
  }
  for (const match of text.matchAll(PERCENT)) found.push(`${match[1] ?? ""}${match[2] ?? ""}%`);
  for (const match of text.matchAll(COUNT)) {
    const [number = "", fraction = "", unit = ""] = [match[1], match[2], match[3]];
    if (NO_UNIT.has(unit) || /^(?:19|20)\d\d$/.test(number)) continue;
    found.push(`${number}${fraction} ${unit}`);
  }
  return found;
}

/** The attribution clauses in a text ("volgens de initiatiefnemers", "de inzending voor #GemeenteDelers"), as compared. */
export function attributionsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ATTRIBUTION)) {
    const speaker = (match[1] ?? "").replace(/\s+/g, " ").replace(/[.]+$/, "").toLowerCase();
    if (speaker === "" || NO_SPEAKER.test(speaker)) continue;
    found.push(`volgens ${speaker.replace(/^(?:hun|haar|zijn) /, "de ").replace(/^de initiatiefnemers van .*/, "de initiatiefnemers")}`);
  }
  found.push(...Array.from(text.matchAll(ENTRY), () => "de inzending voor #GemeenteDelers"));
  return found;
}

/** The texts of a page a reader reads: its summary, its running text with trainer notes, and the text in its other fields. */
function pageTexts(page: ToolkitPage): string[] {
  return [...runningText(page.trainerHtml), ...fieldTexts(page.data)];
}

/** The claims of each page seen so far: a loaded page never changes, and the dev server keeps the page object of an unchanged file. */
const claimsOfPage = new WeakMap<ToolkitPage, readonly { kind: ClaimKind; text: string }[]>();

/** The figures and attributions on one page, in the order they stand. */
function pageClaims(page: ToolkitPage): readonly { kind: ClaimKind; text: string }[] {
  let claims = claimsOfPage.get(page);
  if (claims === undefined) {
    const texts = pageTexts(page);
    claims = [
      ...texts.flatMap(figuresIn).map((text) => ({ kind: "getal" as const, text })),
      ...texts.flatMap(attributionsIn).map((text) => ({ kind: "bronvermelding" as const, text })),
    ];
    claimsOfPage.set(page, claims);
  }
  return claims;
}

/** Every string in a page's frontmatter but names, ids and source keys. */
function fieldTexts(value: unknown, key = ""): string[] {
  if (NOT_TEXT.has(key)) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => fieldTexts(item));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([name, item]) => fieldTexts(item, name));
  return [];
}

/** Per release, the figures and attributions that stand on more than MAX_PAGES_PER_CLAIM of its pages. */
export function repeatedClaims(releases: readonly Pick<Release, "version" | "status">[], pages: readonly ToolkitPage[]): RepeatedClaim[] {
  return releases.flatMap((release) => {
    const seen = new Map<string, { kind: ClaimKind; text: string; files: Set<string> }>();
    for (const page of pages.filter((candidate) => candidate.version === release.version)) {
      for (const claim of pageClaims(page)) {
        const key = `${claim.kind}\u0000${claim.text.toLowerCase()}`;
        const entry = seen.get(key) ?? { ...claim, files: new Set<string>() };
        entry.files.add(page.file);
        seen.set(key, entry);
      }
    }
    return [...seen.values()]
      .filter((entry) => entry.files.size > MAX_PAGES_PER_CLAIM)
      .map((entry) => ({ version: release.version, concept: release.status === "concept", kind: entry.kind, text: entry.text, files: [...entry.files].sort() }))
      .sort((a, b) => b.files.length - a.files.length || a.text.localeCompare(b.text));
  });
}

/** Adds an error for each figure or attribution a concept release says on too many pages; locked releases are left to the report (and not read). */
export function checkRepeatedClaims(releases: readonly Pick<Release, "version" | "status">[], pages: readonly ToolkitPage[], errors: ContentError[]): void {
  const concepts = releases.filter((release) => release.status === "concept");
  const versions = new Set(concepts.map((release) => release.version));
  errors.push(
    ...repeatedClaimErrors(
      repeatedClaims(
        concepts,
        pages.filter((page) => versions.has(page.version)),
      ),
    ),
  );
}

/**
 * The repeated claims of concept releases as content errors: one at each page the claim stands on, naming the others,
 * so that an editor sees in every file what to take out.
 */
function repeatedClaimErrors(claims: readonly RepeatedClaim[]): ContentError[] {
  return claims.flatMap((claim) =>
    claim.files.map((file) => ({
      file,
      field: claim.kind === "getal" ? "tekst (getal)" : "tekst (bronvermelding)",
      expected: `${claim.kind === "getal" ? "een getal met zijn eenheid" : "een bronvermelding"} op hoogstens ${MAX_PAGES_PER_CLAIM} pagina's van release ${claim.version}; zeg het één keer waar het hoort en link daarheen`,
      found: `"${claim.text}" op ${claim.files.length} pagina's, ook op: ${claim.files.filter((other) => other !== file).join(", ")}`,
    })),
  );
}
