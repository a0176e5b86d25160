// Header search: loads the search UI (and Pagefind) only when a reader starts using the field.
const form = document.querySelector<HTMLFormElement>("form.site-search");
const field = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && field && form.dataset.searchUi) {
  const uiUrl = form.dataset.searchUi;
  let loading: Promise<void> | undefined;
  const load = (): Promise<void> => (loading ??= import(uiUrl).then((module: { attachHeader: (form: HTMLFormElement) => void }) => module.attachHeader(form)));
  field.addEventListener("focus", () => void load(), { once: true });
  field.addEventListener("input", () => void load(), { once: true });
}
