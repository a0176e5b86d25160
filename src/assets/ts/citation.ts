// Citations: the reader's browser fills in the date of consultation ("[datum]" without JavaScript), and a "Kopieer"
// button copies the citation's text. Loaded on every page: it is a few hundred bytes and does nothing without a citation.
const consulted = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());

for (const slot of document.querySelectorAll<HTMLElement>("[data-consulted]")) slot.textContent = consulted;

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]")) {
  const source = document.getElementById(button.dataset.copyText ?? "");
  const status = button.parentElement?.querySelector<HTMLElement>(".copy-status");
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    const text = (source.textContent ?? "").replace(/\s+/g, " ").trim();
    navigator.clipboard.writeText(text).then(
      () => {
        if (status) status.textContent = "Gekopieerd.";
      },
      () => {
        getSelection()?.selectAllChildren(source);
        if (status) status.textContent = "Kopiëren lukte niet; de tekst is geselecteerd.";
      },
    );
  });
}
