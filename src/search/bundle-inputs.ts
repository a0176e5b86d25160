import { urlToFile } from "../content/urls.ts";
import type { SearchBundle } from "./search-bundles.ts";

/** The output files a bundle's index is made from: those its folder pattern matches, or its pages' files. */
export function bundleInputs(bundle: SearchBundle, files: readonly string[]): string[] {
  if (!bundle.glob) return bundle.urls.map(urlToFile).sort();
  const pattern = new RegExp(`^${bundle.glob.split("*").map(escapeRegExp).join("[^/]*")}$`);
  return files.filter((file) => pattern.test(file)).sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
