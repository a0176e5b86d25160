// The messages presentation mode and the trainer view exchange over a BroadcastChannel of the same browser.

/** What the presentation tells the trainer view: the block on screen and its clock. */
export interface PresentationState {
  /** Always "stand". */
  type: "stand";
  /** Index of the block on screen, from 0. */
  index: number;
  /** Number of blocks. */
  total: number;
  /** The block's title. */
  title: string;
  /** Seconds left on its clock (negative when over time). */
  remaining: number;
  /** Whether the clock runs. */
  running: boolean;
}

/** What the trainer view asks when it opens: the presentation answers with its state. */
export interface StateRequest {
  /** Always "vraag". */
  type: "vraag";
}

/** A message on the channel. */
export type PresentationMessage = PresentationState | StateRequest;

/** The channel of one module of one release ("2.0/geld-en-regels"). */
export function presentationChannel(key: string): BroadcastChannel {
  return new BroadcastChannel(`bouwdepot-presentatie:${key}`);
}

/** A clock reading: "12:05", or "-0:30" over time. */
export function clockText(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const whole = Math.abs(Math.trunc(seconds));
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
