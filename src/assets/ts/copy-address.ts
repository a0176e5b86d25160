// A feed address in a read-only field gets a "Kopieer" button (hidden until this script runs): the podcast's subscribe
// block and the page of changes. Without the clipboard API the button stays hidden and the field can be copied by hand.
import { enableCopyButton } from "./copy-button.ts";

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const field = document.getElementById(button.dataset.copy ?? "");
  if (!(field instanceof HTMLInputElement)) continue;
  enableCopyButton(button, {
    text: () => field.value,
    select: () => field.select(),
    status: button.parentElement?.querySelector<HTMLElement>(".subscribe__status"),
    what: "het adres",
  });
}
