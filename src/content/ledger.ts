import type { ContentError } from "./content-error.ts";
import { listFileLines } from "./list-file-lines.ts";
import type { RawFile } from "./loader.ts";

/** The path of the ledger: every address the site ever published, one per line. */
export const LEDGER_FILE = "content/ledger.txt";

const HEADER = [
  "# Elk adres dat deze site ooit heeft gepubliceerd, één per regel. Een build faalt als een van deze adressen",
  "# geen pagina of doorverwijzing meer geeft. Alleen npm run release -- publish (en npm run build, voor nieuwe",
  "# afleveringen en sitepagina's) voegt adressen toe; haal er nooit een weg.",
];

/** Reads the ledger's addresses; a missing ledger is empty, a malformed line an error naming its number. */
export function parseLedger(file: RawFile | undefined, errors: ContentError[]): string[] {
  const urls: string[] = [];
  for (const { line, number } of listFileLines(file, LEDGER_FILE, errors)) {
    if (/^\/[^\s?#]*$/.test(line)) urls.push(line);
    else errors.push({ file: LEDGER_FILE, field: `regel ${number}`, expected: "een adres op deze site dat met / begint, zonder spaties", found: `"${line}"` });
  }
  return urls;
}

/** The ledger's text: the header, then every address once, sorted so that additions read well in a diff. */
export function formatLedger(urls: Iterable<string>): string {
  const sorted = [...new Set(urls)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${[...HEADER, ...sorted].join("\n")}\n`;
}
