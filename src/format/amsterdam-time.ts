const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Minutes Europe/Amsterdam is ahead of UTC at an instant: 60 in winter, 120 in summer. */
function offsetMinutes(instant: number): number {
  const part = (type: string): number => Number(PARTS.formatToParts(instant).find((entry) => entry.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((wall - instant) / 60_000);
}

/** The instant of a day and time on the clock in the Netherlands ("2026-11-23", "12:00"), as a Date. */
export function amsterdamTime(day: string, time: string): Date {
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  const first = asUtc - offsetMinutes(asUtc) * 60_000;
  return new Date(asUtc - offsetMinutes(first) * 60_000);
}
