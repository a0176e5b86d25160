// Trainer view: a print button, and following the presentation of the same module in another window of this browser.
import { clockText, presentationChannel, type PresentationMessage } from "./presentation-channel.ts";

const view = document.querySelector<HTMLElement>(".trainer-view");
const printButton = document.querySelector<HTMLButtonElement>("#trainer-print");
const follow = document.querySelector<HTMLElement>("#trainer-follow");

if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener("click", () => window.print());
}

if (view && follow && "BroadcastChannel" in window) {
  const blocks = [...view.querySelectorAll<HTMLElement>(".trainer-block")];
  const channel = presentationChannel(view.dataset.channel ?? "");
  let shown = -1;
  channel.addEventListener("message", (event: MessageEvent<PresentationMessage>) => {
    const message = event.data;
    if (message.type !== "stand") return;
    follow.hidden = false;
    const clock = `${message.running ? "de klok loopt" : "de klok staat stil"}, nog ${clockText(message.remaining)}`;
    follow.textContent = `Op het scherm: blok ${message.index + 1} van ${message.total}, ${message.title} (${clock}).`;
    if (message.index === shown) return;
    shown = message.index;
    blocks.forEach((block, index) => {
      block.classList.toggle("trainer-block--op-scherm", index === message.index);
      if (index === message.index) block.setAttribute("aria-current", "step");
      else block.removeAttribute("aria-current");
    });
    blocks[message.index]?.scrollIntoView({ block: "start", behavior: "smooth" });
  });
  channel.postMessage({ type: "vraag" } satisfies PresentationMessage);
}
