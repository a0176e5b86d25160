// Rekenhulp: computes with the reader's own inputs, keeps them in the URL, and fills in the same texts as the build.
import { dutchDate } from "../../format/dutch-date.ts";
import { calculate, INPUT_PARAMS, inputQuery, parseInput, type InputMessage, type RekenInput } from "../../toolkit/rekenhulp-calc.ts";
import { rekenTexts } from "../../toolkit/rekenhulp-texts.ts";
import type { RekenConfig } from "../../toolkit/rekenhulp-view.ts";
import { markField } from "./field-message.ts";

/** The column names of the table per year, shown beside each value on a phone. */
const YEAR_COLUMNS = ["Bouwbudget", "Andere kosten (ingevuld)", "Samen"];

const form = document.querySelector<HTMLFormElement>("#rekenhulp");
const note = document.querySelector<HTMLElement>("#rekenhulp-nojs");
const messagesBox = document.querySelector<HTMLElement>("#rekenhulp-meldingen");
const years = document.querySelector<HTMLElement>("#rekenhulp-jaren");
const citation = document.querySelector<HTMLElement>("#rekenhulp-citaat");

if (form && note && messagesBox && years && citation) {
  const config = JSON.parse(form.dataset.config ?? "{}") as RekenConfig;
  const keys = Object.keys(INPUT_PARAMS) as (keyof RekenInput)[];
  const field = (key: keyof RekenInput): HTMLInputElement | null => form.querySelector<HTMLInputElement>(`[name="${INPUT_PARAMS[key]}"]`);
  const base = citation.dataset.base ?? `${window.location.origin}${window.location.pathname}`;

  /** Puts each message at its field: the text under it, aria-invalid on it, and the message in its description. */
  const markFields = (messages: readonly InputMessage[]): void => {
    for (const key of keys) {
      const input = field(key);
      const error = document.getElementById(`r-${INPUT_PARAMS[key]}-fout`);
      if (!input || !error) continue;
      markField(input, error, messages.find((candidate) => candidate.key === key)?.text);
    }
  };

  const show = (query: string, fromUrl: boolean): void => {
    const { input, messages } = parseInput(query, config.defaults);
    if (fromUrl)
      for (const key of keys) {
        const input_ = field(key);
        if (input_) input_.value = input[key] === null ? "" : String(input[key]);
      }
    const texts = rekenTexts(input, calculate(input, config.youthNorm, config.alternatives));
    const own = inputQuery(input);
    const values: Record<string, string> = { ...texts.out, date: dutchDate(new Date().toISOString().slice(0, 10)), link: `${base}?${own}` };
    for (const output of document.querySelectorAll<HTMLElement>("[data-out]")) {
      const value = values[output.dataset.out ?? ""];
      if (value !== undefined) output.textContent = value;
      if (output.dataset.out === "missing") output.hidden = value === "";
    }
    years.replaceChildren(
      ...texts.years.map((year) => {
        const tr = document.createElement("tr");
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = year.label;
        const cells = [year.budget, year.other, year.total].map((text, index) => {
          const td = Object.assign(document.createElement("td"), { textContent: text });
          td.dataset.label = YEAR_COLUMNS[index] ?? "";
          return td;
        });
        tr.append(th, ...cells);
        return tr;
      }),
    );
    markFields(messages);
    messagesBox.textContent = messages.map((message) => message.text).join(" ");
    window.history.replaceState(null, "", `${window.location.pathname}?${own}`);
  };

  const formQuery = (): string => {
    const params = new URLSearchParams();
    for (const key of keys) params.set(INPUT_PARAMS[key], field(key)?.value ?? "");
    return params.toString();
  };

  form.hidden = false;
  note.hidden = true;
  show(window.location.search, true);
  form.addEventListener("input", () => show(formQuery(), false));
  form.addEventListener("submit", (event) => event.preventDefault());
}
