/** Items as Dutch lists them in running text: "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1) ?? ""}`;
}
