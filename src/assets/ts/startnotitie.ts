// Startnotitie: the form, the document as it grows, and taking it away (ODT, DOCX, print, a saved file). What the
// reader fills in stays in the browser: in the address's fragment and in files the reader saves; nothing is sent.
// What the document is written from comes as a static file of the site (data-basis), fetched once on load.
import { INPUT_PARAMS, parseInput, type RekenInput } from "../../toolkit/rekenhulp-calc.ts";
import type { OfficeDocument } from "../../toolkit/startnotitie/office-document.ts";
import type { Opened } from "../../toolkit/startnotitie/saved-file.ts";
import type { StartnotitieBasis } from "../../toolkit/startnotitie/startnotitie-basis.ts";
import { startnotitieDocument, suggestedDecisions } from "../../toolkit/startnotitie/startnotitie-document.ts";
import {
  emptyState,
  fragmentState,
  rekenQuery,
  stateFragment,
  type RekenFields,
  type StartnotitieState,
} from "../../toolkit/startnotitie/startnotitie-state.ts";
import { slugify } from "../../content/slugify.ts";
import { markField } from "./field-message.ts";
import { conditionFieldsets } from "./startnotitie-conditions.ts";
import { previewElements } from "./startnotitie-preview.ts";

/** The two office formats: their media type and what the lazily loaded writer calls them. */
const FORMATS = {
  odt: { type: "application/vnd.oasis.opendocument.text", writer: "odtBytes" },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", writer: "docxBytes" },
} as const;

/** What the lazily loaded module (src/assets/ts/startnotitie-office.ts) offers: the writers, saving and opening. */
type OfficeModule = Record<(typeof FORMATS)[keyof typeof FORMATS]["writer"], (document: OfficeDocument) => Uint8Array> & {
  savedFileText: (basis: StartnotitieBasis, state: StartnotitieState, today: string) => string;
  openSavedFile: (text: string, basis: StartnotitieBasis, empty: StartnotitieState) => Opened;
};

const root = document.querySelector<HTMLElement>("#startnotitie");
const form = document.querySelector<HTMLFormElement>("#startnotitie-form");
const preview = document.querySelector<HTMLElement>("#startnotitie-document");
const notices = document.querySelector<HTMLElement>("#startnotitie-meldingen");
const odtLink = document.querySelector<HTMLAnchorElement>("#download-odt");
const docxLink = document.querySelector<HTMLAnchorElement>("#download-docx");
const saveLink = document.querySelector<HTMLAnchorElement>("#bewaar-bestand");
const openInput = document.querySelector<HTMLInputElement>("#open-bestand");

if (root && form && preview && notices && odtLink && docxLink && saveLink && openInput) {
  const begin = (basis: StartnotitieBasis): void => {
    form.querySelector("#startnotitie-keuzes")?.replaceChildren(...conditionFieldsets(basis.conditions));
    const empty = emptyState(basis.reken.defaults);
    const named = (name: string): HTMLInputElement | HTMLTextAreaElement | null => form.querySelector(`[name="${name}"]:not([type="radio"])`);
    const rekenKeys = Object.keys(INPUT_PARAMS) as (keyof RekenInput)[];
    let state = fragmentState(window.location.hash, empty);
    let documentNow: OfficeDocument = startnotitieDocument(basis, state);
    let office: OfficeModule | undefined;
    const blobUrls = new Map<HTMLAnchorElement, string>();

    /** Puts the state into the form's fields. */
    const fill = (): void => {
      const plain: Record<string, string> = {
        gemeente: state.municipality,
        start: state.start,
        aanleiding: state.reasons,
        beslispunten: state.decisions,
        ...state.reken,
      };
      for (const [name, value] of Object.entries(plain)) {
        const field = named(name);
        if (field) field.value = value;
      }
      for (const condition of basis.conditions) {
        const choice = state.choices[condition.id] ?? { option: "", other: "", note: "" };
        for (const radio of form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="keuze-${condition.id}"]`))
          radio.checked = radio.value === choice.option;
        const other = named(`anders-${condition.id}`);
        const note = named(`toelichting-${condition.id}`);
        if (other) other.value = choice.other;
        if (note) note.value = choice.note;
      }
    };

    /** Reads the form's fields into a state. */
    const read = (): StartnotitieState => {
      const value = (name: string): string => named(name)?.value ?? "";
      const reken = Object.fromEntries(Object.keys(empty.reken).map((name) => [name, value(name)])) as RekenFields;
      const choices = Object.fromEntries(
        basis.conditions.map((condition) => [
          condition.id,
          {
            option: form.querySelector<HTMLInputElement>(`input[type="radio"][name="keuze-${condition.id}"]:checked`)?.value ?? "",
            other: value(`anders-${condition.id}`),
            note: value(`toelichting-${condition.id}`),
          },
        ]),
      );
      return { municipality: value("gemeente"), start: value("start"), reasons: value("aanleiding"), decisions: value("beslispunten"), reken, choices };
    };

    /** Marks the rekenhulp's fields whose value cannot be used, as the rekenhulp does. */
    const markFields = (): void => {
      const { messages } = parseInput(rekenQuery(state), basis.reken.defaults);
      for (const key of rekenKeys) {
        const name = INPUT_PARAMS[key];
        const field = named(name);
        const error = document.getElementById(`s-${name}-fout`);
        if (!field || !error) continue;
        markField(field, error, state.reken[name].trim() ? messages.find((candidate) => candidate.key === key)?.text : undefined);
      }
    };

    const show = (): void => {
      documentNow = startnotitieDocument(basis, state);
      preview.replaceChildren(...previewElements(documentNow.blocks));
      markFields();
      const fragment = stateFragment(state, empty);
      window.history.replaceState(null, "", fragment ? `#${fragment}` : window.location.pathname);
    };

    const fileName = (extension: string): string => {
      const slug = slugify(state.municipality);
      return `startnotitie-het-bouwdepot-${slug ? `${slug}-` : ""}${basis.version}.${extension}`;
    };

    /** Points a download link at fresh bytes, under the file name of the current state. */
    const point = (link: HTMLAnchorElement, bytes: Uint8Array<ArrayBuffer> | string, type: string, extension: string): void => {
      const old = blobUrls.get(link);
      if (old) URL.revokeObjectURL(old);
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      blobUrls.set(link, url);
      link.href = url;
      link.download = fileName(extension);
    };

    const say = (lines: readonly string[]): void => {
      notices.replaceChildren(...lines.map((line) => Object.assign(document.createElement("p"), { textContent: line })));
    };

    const loadOffice = async (): Promise<OfficeModule> => (office ??= (await import(root.dataset.officeModule ?? "")) as OfficeModule);

    /** A download link: the module loads on the first click, then the link is followed with fresh bytes. */
    const offerDownload = (
      link: HTMLAnchorElement,
      bytes: (module: OfficeModule) => Uint8Array<ArrayBuffer> | string,
      type: string,
      extension: string,
    ): void => {
      link.addEventListener("click", (event) => {
        if (office) {
          point(link, bytes(office), type, extension);
          return;
        }
        event.preventDefault();
        say(["Het bestand wordt gemaakt…"]);
        loadOffice()
          .then(() => {
            say([]);
            link.click();
          })
          .catch(() => say(["Het bestand kon niet worden gemaakt. Probeer het opnieuw, of druk de startnotitie af als PDF."]));
      });
    };
    for (const [extension, link] of [
      ["odt", odtLink],
      ["docx", docxLink],
    ] as const) {
      const format = FORMATS[extension];
      offerDownload(link, (module) => new Uint8Array(module[format.writer](documentNow)), format.type, extension);
    }
    offerDownload(
      saveLink,
      (module) => module.savedFileText(basis, state, new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" })),
      "application/json",
      "json",
    );
    document.querySelector("#afdrukken")?.addEventListener("click", () => window.print());
    document.querySelector("#naar-document")?.addEventListener("click", () => {
      const heading = document.querySelector<HTMLElement>("#document-titel");
      heading?.scrollIntoView();
      heading?.focus();
    });
    document.querySelector("#s-voorstel")?.addEventListener("click", () => {
      const field = named("beslispunten");
      if (!field) return;
      field.value = suggestedDecisions(basis, state).join("\n");
      state = read();
      show();
      field.focus();
    });
    openInput.addEventListener("change", () => {
      const file = openInput.files?.[0];
      if (!file) return;
      Promise.all([file.text(), loadOffice()])
        .then(([text, module]) => {
          const opened = module.openSavedFile(text, basis, empty);
          if (!opened.ok) {
            say([opened.error]);
            return;
          }
          state = opened.state;
          fill();
          show();
          say([`Geopend: ${file.name}.`, ...opened.notices]);
        })
        .catch(() => say(["Het bestand kon niet worden gelezen."]))
        .finally(() => (openInput.value = ""));
    });
    form.addEventListener("input", () => {
      state = read();
      show();
    });
    form.addEventListener("submit", (event) => event.preventDefault());
    window.addEventListener("hashchange", () => {
      state = fragmentState(window.location.hash, empty);
      fill();
      show();
    });

    fill();
    root.hidden = false;
    document.querySelector<HTMLElement>("#startnotitie-nojs")?.setAttribute("hidden", "");
    show();
  };
  fetch(root.dataset.basis ?? "")
    .then((response) => (response.ok ? (response.json() as Promise<StartnotitieBasis>) : Promise.reject(new Error(String(response.status)))))
    .then(begin)
    .catch(() => {
      const failed = Object.assign(document.createElement("p"), {
        textContent: "Het formulier kon niet worden geladen. Laad de pagina opnieuw, of download hieronder een lege startnotitie.",
      });
      document.querySelector("#startnotitie-nojs")?.prepend(failed);
    });
}
