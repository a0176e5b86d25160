// Episode pages: chapter links and the transcript's times seek the player, and the transcript follows what plays.
// Without this script the chapters are links to their place in the transcript and the times are plain text.
import { cueIndexAt } from "../../podcast/cue-at.ts";

const player = document.querySelector<HTMLAudioElement>("audio.episode__player");
const lines = [...document.querySelectorAll<HTMLElement>(".transcript__lines [data-start]")];
const starts = lines.map((line) => Number(line.dataset.start ?? 0));
const CURRENT = "transcript__line--current";

/** Plays from a moment; focus stays where the reader is. */
function seek(seconds: number): void {
  if (!player) return;
  player.currentTime = seconds;
  void player.play().catch(() => undefined);
}

/** True when an element is on screen, so following along moves the transcript only for a reader who follows it. */
function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-start]")) {
  link.addEventListener("click", (event) => {
    if (!player) return;
    event.preventDefault();
    seek(Number(link.dataset.start ?? 0));
  });
}

if (player) {
  for (const line of lines) {
    const time = line.querySelector(".transcript__time");
    if (!time) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "transcript__time";
    button.textContent = time.textContent;
    button.setAttribute("aria-label", `Speel af vanaf ${time.textContent ?? ""}`);
    button.addEventListener("click", () => seek(Number(line.dataset.start ?? 0)));
    time.replaceWith(button);
  }
  let current = -1;
  const follow = (): void => {
    const index = cueIndexAt(starts, player.currentTime);
    if (index === current) return;
    const previous = lines[current];
    const following = previous !== undefined && onScreen(previous);
    previous?.classList.remove(CURRENT);
    previous?.removeAttribute("aria-current");
    current = index;
    const line = lines[index];
    if (!line) return;
    line.classList.add(CURRENT);
    line.setAttribute("aria-current", "true");
    if (following && !onScreen(line)) line.scrollIntoView({ block: "nearest" });
  };
  player.addEventListener("timeupdate", follow);
  player.addEventListener("seeked", follow);
}
