import type { ContentError } from "./content-error.ts";
import { validateFrontmatter, type ParsedMarkdown } from "./content-file.ts";
import { releaseSchema, type ReleaseData } from "./schemas/release.ts";
import { compareVersions } from "./versions.ts";

/** Validates every release.md: one per release folder, its version equal to the folder's name and unique; highest first. */
export function validateReleases(files: ParsedMarkdown[], folders: Set<string>, errors: ContentError[]): { data: ReleaseData; parsed: ParsedMarkdown }[] {
  const valid = files.flatMap((parsed) => {
    const data = validateFrontmatter(parsed, releaseSchema, errors);
    return data ? [{ data, parsed }] : [];
  });
  for (const folder of folders) {
    if (
      !files.some((file) => file.file === `content/toolkit/${folder}/release.md`) &&
      !errors.some((error) => error.file === `content/toolkit/${folder}/release.md`)
    ) {
      errors.push({ file: `content/toolkit/${folder}/release.md`, field: "bestand", expected: "een release.md in elke releasemap", found: "geen release.md" });
    }
  }
  for (const { data, parsed } of valid) {
    const folder = parsed.file.split("/")[2];
    if (folder !== data.version) {
      errors.push({ file: parsed.file, field: "version", expected: `de naam van de map ("${folder}")`, found: `"${data.version}"` });
    }
    const twins = valid.filter((other) => other !== undefined && other.parsed !== parsed && compareVersions(other.data.version, data.version) === 0);
    for (const twin of twins) {
      errors.push({
        file: parsed.file,
        field: "version",
        expected: "een versienummer dat geen andere release heeft",
        found: `"${data.version}", ook gebruikt in ${twin.parsed.file}`,
      });
    }
  }
  return valid.sort((a, b) => compareVersions(b.data.version, a.data.version));
}
