import { existsSync } from "node:fs";
import path from "node:path";

/** Milliseconds after a build before the dev server checks its output folder (off the save's path). */
const CHECK_DELAY_MS = Number(process.env.BOUWDEPOT_OUTPUT_CHECK_DELAY_MS ?? 250);

/**
 * Confirms, after each build, that every file the dev server wrote is still in its output folder (someone may delete
 * one by hand). A save renders a view again only when its hash changed, so a file that went missing would otherwise
 * stay missing; looking for thousands of files on every save would make a save cost what the site holds, so the look
 * happens once the build is on disk, and `pending` stays true (the generation file unsettled) until it is done.
 */
export class OutputCheck {
  private timer: NodeJS.Timeout | undefined;
  private checks = 0;
  private due = false;

  /** `onChecked` hears the files that are gone (empty when none is). */
  constructor(private readonly onChecked: (missing: string[]) => void) {}

  /** True from a build until its output has been checked. */
  get pending(): boolean {
    return this.due;
  }

  /** Checks shortly that the `files` (relative to `outputDir`) are there; a later call replaces an earlier one. */
  later(outputDir: string, files: readonly string[]): void {
    clearTimeout(this.timer);
    this.due = true;
    this.checks += 1;
    const check = this.checks;
    this.timer = setTimeout(() => {
      const missing = missingFiles(outputDir, files);
      if (check !== this.checks) return;
      this.due = false;
      this.onChecked(missing);
    }, CHECK_DELAY_MS);
  }
}

/** The files (relative to `dir`) that are not there. */
function missingFiles(dir: string, files: readonly string[]): string[] {
  return files.filter((file) => !existsSync(path.join(dir, file)));
}
