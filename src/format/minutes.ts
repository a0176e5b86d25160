/** Formats a number of minutes in Dutch, e.g. "2 uur en 15 minuten". */
export function minutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const restText = `${rest} ${rest === 1 ? "minuut" : "minuten"}`;
  if (hours === 0) return restText;
  return rest === 0 ? `${hours} uur` : `${hours} uur en ${restText}`;
}
