// Citations: the reader's browser fills in the date of consultation ("[datum]" without JavaScript), and a "Kopieer"
// button copies the citation's text. Loaded on every page: it is a few hundred bytes and does nothing without a citation.
import { enableCopyButton } from "./copy-button.ts";

const consulted = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());

for (const slot of document.querySelectorAll<HTMLElement>("[data-consulted]")) slot.textContent = consulted;

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]")) {
  const source = document.getElementById(button.dataset.copyText ?? "");
  if (!source) continue;
  enableCopyButton(button, {
    text: () => (source.textContent ?? "").replace(/\s+/g, " ").trim(),
    select: () => getSelection()?.selectAllChildren(source),
    status: button.parentElement?.querySelector<HTMLElement>(".copy-status"),
    what: "de tekst",
  });
}
