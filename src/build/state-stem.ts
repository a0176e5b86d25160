/**
 * The stem of a state's file names and addresses (after the release, e.g. toolkit-het-bouwdepot-2.0-<stem>.pdf): its
 * date for the first state of a day, so nothing served before changes, and for a later state on the same day its date
 * with "-2", "-3", …. `earlier` is the number of states of the release kept before it on that day.
 */
export function stateStem(date: string, earlier: number): string {
  return earlier === 0 ? date : `${date}-${earlier + 1}`;
}

/** Whether a stem is that of a state of the given date: the date itself, or the date with "-2", "-3", …. */
export function isStemOf(stem: string, date: string): boolean {
  return stem === date || (stem.startsWith(`${date}-`) && /^([2-9]|[1-9]\d+)$/.test(stem.slice(date.length + 1)));
}
