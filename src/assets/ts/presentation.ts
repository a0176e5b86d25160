// Presentation mode: one programme block a screen, keys and buttons to move, a clock per block, shared with the trainer view.
import { clockText, presentationChannel, type PresentationMessage, type PresentationState } from "./presentation-channel.ts";

const root = document.querySelector<HTMLElement>(".presentation");
const controls = document.querySelector<HTMLElement>("#presentatie-bediening");
const clock = document.querySelector<HTMLElement>("#presentatie-klok");
const clockButton = document.querySelector<HTMLButtonElement>("#presentatie-klok-knop");
const resetButton = document.querySelector<HTMLButtonElement>("#presentatie-klok-terug");
const previous = document.querySelector<HTMLButtonElement>("#presentatie-vorige");
const next = document.querySelector<HTMLButtonElement>("#presentatie-volgende");
const fullscreen = document.querySelector<HTMLButtonElement>("#presentatie-volledig");
const position = document.querySelector<HTMLElement>("#presentatie-positie");

/** The clock of one block: seconds left when it last stopped, and since when it runs. */
interface BlockClock {
  left: number;
  since: number | null;
}

if (root && controls && clock && clockButton && resetButton && previous && next && fullscreen && position) {
  const slides = [...root.querySelectorAll<HTMLElement>(".presentation__slide")];
  const clocks: BlockClock[] = slides.map((slide) => ({ left: Number(slide.dataset.minutes ?? "0") * 60, since: null }));
  const channel = "BroadcastChannel" in window ? presentationChannel(root.dataset.channel ?? "") : null;
  const fromHash = slides.findIndex((slide) => `#${slide.id}` === window.location.hash);
  let current = Math.max(0, fromHash);

  const secondsLeft = (index: number): number => {
    const state = clocks[index];
    if (!state) return 0;
    return state.since === null ? state.left : state.left - (Date.now() - state.since) / 1000;
  };
  const running = (): boolean => clocks[current]?.since != null;

  const state = (): PresentationState => ({
    type: "stand",
    index: current,
    total: slides.length,
    title: slides[current]?.querySelector(".presentation__title")?.textContent ?? "",
    remaining: Math.ceil(secondsLeft(current)),
    running: running(),
  });

  const showClock = (): void => {
    const left = Math.ceil(secondsLeft(current));
    clock.textContent = clockText(left);
    clock.classList.toggle("presentation__clock--over", left <= 0);
    clockButton.textContent = running()
      ? "Pauzeer de klok"
      : left < Number(slides[current]?.dataset.minutes ?? "0") * 60
        ? "Klok verder laten lopen"
        : "Start de klok";
  };

  const render = (moved: boolean): void => {
    slides.forEach((slide, index) => {
      slide.hidden = index !== current;
    });
    position.textContent = `Blok ${current + 1} van ${slides.length}`;
    // aria-disabled rather than disabled: the button keeps the focus when the first or last block is reached.
    previous.setAttribute("aria-disabled", String(current === 0));
    next.setAttribute("aria-disabled", String(current === slides.length - 1));
    // A reload opens the same block; not on opening, so that the first Tab still reaches the skip link.
    if (moved) window.history.replaceState(null, "", `#${slides[current]?.id ?? ""}`);
    showClock();
    channel?.postMessage(state());
  };

  const go = (index: number): void => {
    if (index < 0 || index >= slides.length || index === current) return;
    current = index;
    render(true);
  };

  const toggleClock = (): void => {
    const own = clocks[current];
    if (!own) return;
    if (own.since === null) own.since = Date.now();
    else {
      own.left = secondsLeft(current);
      own.since = null;
    }
    showClock();
    channel?.postMessage(state());
  };

  const resetClock = (): void => {
    clocks[current] = { left: Number(slides[current]?.dataset.minutes ?? "0") * 60, since: null };
    showClock();
    channel?.postMessage(state());
  };

  const toggleFullscreen = (): void => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  root.classList.add("presentation--live");
  controls.hidden = false;
  previous.addEventListener("click", () => go(current - 1));
  next.addEventListener("click", () => go(current + 1));
  clockButton.addEventListener("click", toggleClock);
  resetButton.addEventListener("click", resetClock);
  fullscreen.addEventListener("click", toggleFullscreen);
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
    const actions: Record<string, () => void> = {
      ArrowRight: () => go(current + 1),
      ArrowDown: () => go(current + 1),
      PageDown: () => go(current + 1),
      " ": () => go(current + 1),
      ArrowLeft: () => go(current - 1),
      ArrowUp: () => go(current - 1),
      PageUp: () => go(current - 1),
      Home: () => go(0),
      End: () => go(slides.length - 1),
      k: toggleClock,
      K: toggleClock,
      f: toggleFullscreen,
      F: toggleFullscreen,
    };
    const action = actions[event.key];
    if (!action || (onButton && (event.key === " " || event.key === "Enter"))) return;
    event.preventDefault();
    action();
  });
  channel?.addEventListener("message", (event: MessageEvent<PresentationMessage>) => {
    if (event.data.type === "vraag") channel.postMessage(state());
  });
  window.setInterval(() => {
    if (!running()) return;
    showClock();
    channel?.postMessage(state());
  }, 500);
  render(false);
}
