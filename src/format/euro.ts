const FORMAT = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** Formats an amount in euros the Dutch way, e.g. "€ 1.050". */
export function euro(amount: number): string {
  return FORMAT.format(amount);
}
