/** Describes a value found in a content file in a few Dutch words, for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "niets (het veld ontbreekt)";
  if (value === null) return "een leeg veld";
  if (typeof value === "string") {
    if (value.trim() === "") return "lege tekst";
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${shown}" (${value.length} tekens)`;
  }
  if (typeof value === "number") return `het getal ${value}`;
  if (typeof value === "boolean") return `${value} (ja/nee)`;
  if (Array.isArray(value)) return `een lijst met ${value.length} ${value.length === 1 ? "item" : "items"}`;
  if (value instanceof Date) return "een datum-object";
  return "een groep velden";
}
