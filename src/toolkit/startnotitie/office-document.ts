/** A run of text within a paragraph or list item; `strong` marks a label such as "Eigen tekst gemeente:". */
export interface DocRun {
  /** The text. */
  text: string;
  /** Shown bold. */
  strong?: boolean;
  /** Shown in italics: citations of the toolkit. */
  emphasis?: boolean;
}

/** One block of a document: a heading, a paragraph, a bulleted or numbered list, or a table with a header row. */
export type DocBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: DocRun[] }
  | { kind: "list"; numbered: boolean; items: DocRun[][] }
  | { kind: "table"; caption: string; head: string[]; rows: string[][] };

/** A document as ODT, DOCX and the page's preview write it: its blocks and the properties office software shows. */
export interface OfficeDocument {
  /** The title (document properties and first heading). */
  title: string;
  /** One line on what it is, for the properties' subject: release and date. */
  subject: string;
  /** The release it was made from, e.g. "2.0". */
  release: string;
  /** The day of the release's state, "YYYY-MM-DD": every ZIP entry and the document's date carry it. */
  date: string;
  /** Keywords for the properties. */
  keywords: string[];
  /** The content, in reading order. */
  blocks: DocBlock[];
}
