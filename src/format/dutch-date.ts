const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** Formats "YYYY", "YYYY-MM" or "YYYY-MM-DD" the Dutch way: "2022", "juni 2022", "1 juni 2022". */
export function dutchDate(value: string): string {
  const [year = "", month, day] = value.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
