/** What a copy button copies, how to select it when copying fails, and where to say how it went. */
export interface CopySource {
  /** The text to copy, read when the button is pressed. */
  text: () => string;
  /** Selects the text on the page, so that the reader can copy it by hand. */
  select: () => void;
  /** Where "Gekopieerd." appears; a live region. */
  status: HTMLElement | null | undefined;
  /** What is copied, for the failure message: "het adres", "de tekst". */
  what: string;
}

/** Shows a "Kopieer" button (hidden without JavaScript) and copies on press; without the clipboard API it stays hidden. */
export function enableCopyButton(button: HTMLButtonElement, source: CopySource): void {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(source.text()).then(
      () => {
        if (source.status) source.status.textContent = "Gekopieerd.";
      },
      () => {
        source.select();
        if (source.status) source.status.textContent = `Kopiëren lukte niet; ${source.what} is geselecteerd.`;
      },
    );
  });
}
