// Episode pages: a chapter link seeks the player.
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
