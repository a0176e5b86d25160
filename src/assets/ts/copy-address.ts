// A feed address in a read-only field gets a "Kopieer" button (hidden until this script runs): the podcast's subscribe
// block and the page of changes. Without the clipboard API the button stays hidden and the field can be copied by hand.
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const field = document.getElementById(button.dataset.copy ?? "");
  const status = button.parentElement?.querySelector<HTMLElement>(".subscribe__status");
  if (!(field instanceof HTMLInputElement) || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(field.value).then(
      () => {
        if (status) status.textContent = "Gekopieerd.";
      },
      () => {
        field.select();
        if (status) status.textContent = "Kopiëren lukte niet; het adres is geselecteerd.";
      },
    );
  });
}
