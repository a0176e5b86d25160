// Episode pages: a chapter link seeks the player; the subscribe block copies the feed address.
const player = document.querySelector<HTMLAudioElement>("audio.episode__player");

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-start]")) {
  link.addEventListener("click", (event) => {
    if (!player) return;
    event.preventDefault();
    player.currentTime = Number(link.dataset.start ?? 0);
    void player.play().catch(() => undefined);
    player.focus();
  });
}

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
