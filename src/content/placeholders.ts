import type { SiteConfig } from "./schemas/site.ts";

/** Lists the settings in _data/site.yaml that still hold placeholder values (the reserved .example domain). */
export function placeholderWarnings(site: Pick<SiteConfig, "contactEmail" | "publisher">, effectiveUrl: string): string[] {
  const isPlaceholder = (value: string): boolean => /\.example(?:[/:]|$)/i.test(value);
  const warnings: string[] = [];
  if (isPlaceholder(effectiveUrl)) warnings.push(`url: "${effectiveUrl}" (stel de echte URL in, of zet SITE_URL)`);
  if (isPlaceholder(site.contactEmail)) warnings.push(`contactEmail: "${site.contactEmail}"`);
  if (/voorbeeld/i.test(site.publisher)) warnings.push(`publisher: "${site.publisher}"`);
  return warnings;
}
