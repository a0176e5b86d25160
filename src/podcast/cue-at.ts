/** The index of the transcript cue being spoken at a time: the last cue that has started; -1 before the first. */
export function cueIndexAt(starts: readonly number[], time: number): number {
  let found = -1;
  for (const [index, start] of starts.entries()) {
    if (start > time) break;
    found = index;
  }
  return found;
}
