/** Where security.txt lives (RFC 9116). */
export const SECURITY_TXT_URL = "/.well-known/security.txt";

/**
 * security.txt (RFC 9116, on the Dutch "pas toe of leg uit" list): how to report a vulnerability. It expires a year
 * after the build date, the one date of the build, so a site that is no longer built says so by itself.
 */
export function securityTxt(input: { siteUrl: string; contactEmail: string; buildDate: string }): string {
  const built = new Date(`${input.buildDate}T00:00:00Z`);
  const expires = new Date(Date.UTC(built.getUTCFullYear() + 1, built.getUTCMonth(), built.getUTCDate()) - 1000);
  return [
    `Contact: mailto:${input.contactEmail}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: nl, en",
    `Canonical: ${input.siteUrl}${SECURITY_TXT_URL}`,
    "",
  ].join("\n");
}
