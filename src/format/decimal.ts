const ONE_DECIMAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** Formats a number the Dutch way with one decimal, e.g. "21,0" or "1.234,5". */
export function oneDecimal(value: number): string {
  return ONE_DECIMAL.format(value);
}

/** Formats a number the Dutch way with at most two decimals, e.g. "60,9" or "1.050". */
export function dutchNumber(value: number): string {
  return WHOLE.format(value);
}

const MEGABYTES = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** A file size in megabytes the Dutch way, for download links: "1,1" (the caller adds "MB"). */
export function megabytes(bytes: number): string {
  return MEGABYTES.format(bytes / 1_000_000);
}
