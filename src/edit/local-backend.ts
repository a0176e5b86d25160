import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { checkProblems } from "../content/check-problems.ts";
import { formatContentErrors, formatContentError } from "../content/content-error.ts";
import { parseFrontmatter, parseYaml } from "../content/frontmatter.ts";
import { loadSiteContent } from "../content/load-site-content.ts";
import { listFiles } from "../files/list-files.ts";
import type { CmsCollection } from "./cms-config.ts";
import type { CmsField } from "./cms-fields.ts";
import { refusedEdit } from "./editable-path.ts";
import { mergeEntry, mergeYamlFile } from "./merge-entry.ts";
import { sha256 } from "../files/sha256.ts";

/** One answer of the backend: an HTTP status and a JSON body. */
export interface BackendAnswer {
  /** 200 when done; 403 refused; 422 invalid content or an action we do not offer. */
  status: number;
  /** What Decap reads; on failure `{ error }` with a Dutch message. */
  json: unknown;
}

/** A file as Decap sends it to be saved. */
interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

/** A media file as Decap sends it: base64 content. */
interface Asset {
  path: string;
  content: string;
  encoding: "base64";
}

/** The request body Decap's proxy backend posts: an action and its parameters. */
interface Request {
  action: string;
  params?: Record<string, unknown>;
}

const run = promisify(execFile);

/**
 * The CMS's local backend for one repository, speaking the protocol of Decap's proxy backend (as decap-server does),
 * but narrower and stricter: it reads and writes only inside content/, writes only what `refusedEdit` allows,
 * rewrites only what changed, refuses a save that `npm run check` would reject (`checkProblems`; restoring the file
 * and answering with the build's own Dutch errors), and commits exactly the saved files. Requests run one at a time.
 */
export function localBackend(root: string, collections: readonly CmsCollection[]): (request: unknown) => Promise<BackendAnswer> {
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    const answer = queue.then(() => handle(root, collections, request as Request));
    queue = answer.catch(() => undefined);
    return answer.catch((error: unknown) =>
      error instanceof Refused ? refused(error.message) : { status: 500, json: { error: error instanceof Error ? error.message : String(error) } },
    );
  };
}

async function handle(root: string, collections: readonly CmsCollection[], request: Request): Promise<BackendAnswer> {
  const params = request.params ?? {};
  const inContent = async (file: unknown): Promise<string> => {
    if (typeof file !== "string" || !(await isInside(root, file))) throw new Refused(`${typeof file === "string" ? file : "Dit pad"} ligt buiten content/.`);
    return file;
  };
  switch (request.action) {
    case "info":
      return ok({ repo: path.basename(root), publish_modes: ["simple"], type: "local_git" });
    case "entriesByFolder": {
      const folder = await inContent(params.folder);
      const extension = typeof params.extension === "string" ? params.extension : "md";
      const depth = Number(params.depth ?? 1);
      const files = existsSync(path.join(root, folder)) ? await listFiles(path.join(root, folder)) : [];
      const chosen = files.filter((file) => file.endsWith(`.${extension}`) && file.split("/").length <= depth).map((file) => `${folder}/${file}`);
      return ok(await Promise.all(chosen.map((file) => entryOf(root, file))));
    }
    case "entriesByFiles": {
      const files = (params.files as { path: string; label?: string }[] | undefined) ?? [];
      return ok(await Promise.all(files.map(async (file) => ({ ...(await entryOf(root, await inContent(file.path))), label: file.label }))));
    }
    case "getEntry":
      return ok(await entryOf(root, await inContent(params.path)));
    case "getMedia": {
      const folder = await inContent(params.mediaFolder);
      const files = existsSync(path.join(root, folder))
        ? (await listFiles(path.join(root, folder))).filter((file) => !file.includes("/") && !file.endsWith(".md"))
        : [];
      return ok(await Promise.all(files.map((file) => mediaOf(root, `${folder}/${file}`))));
    }
    case "getMediaFile":
      return ok(await mediaOf(root, await inContent(params.path)));
    case "persistEntry":
      return persistEntry(root, collections, params, inContent);
    case "persistMedia": {
      const asset = params.asset as Asset;
      const saved = await saveAndCommit(
        root,
        [{ file: await inContent(asset.path), bytes: Buffer.from(asset.content, asset.encoding) }],
        commitMessage(params),
      );
      return saved.status === 200 ? ok(await mediaOf(root, asset.path)) : saved;
    }
    case "deleteFile":
    case "deleteFiles":
      return refused("Verwijderen kan in de beheeromgeving niet: een pagina verdwijnt alleen met een besluit van de redactie (zie README).");
    default:
      return {
        status: 422,
        json: { error: `De beheeromgeving kent de opdracht "${request.action}" niet (alleen direct publiceren, zonder redactionele workflow).` },
      };
  }
}

async function persistEntry(
  root: string,
  collections: readonly CmsCollection[],
  params: Record<string, unknown>,
  inContent: (file: unknown) => Promise<string>,
): Promise<BackendAnswer> {
  const options = (params.options as { useWorkflow?: boolean } | undefined) ?? {};
  if (options.useWorkflow) return refused("De redactionele workflow hoort bij bewerken op de server, niet bij npm run edit.");
  const dataFiles = (params.dataFiles as DataFile[] | undefined) ?? [params.entry as DataFile];
  const assets = (params.assets as Asset[] | undefined) ?? [];
  const writes: { file: string; bytes: Buffer }[] = [];
  for (const dataFile of dataFiles) {
    if (dataFile.newPath && dataFile.newPath !== dataFile.path)
      return refused("Een pagina krijgt geen nieuwe bestandsnaam in de beheeromgeving: het adres is vast.");
    const file = await inContent(dataFile.path);
    const original = existsSync(path.join(root, file)) ? await readFile(path.join(root, file), "utf8") : undefined;
    const merged = file.endsWith(".yaml")
      ? yamlEntry(file, dataFile.raw, original, fieldsOf(collections, file))
      : markdownEntry(file, dataFile.raw, original, fieldsOf(collections, file));
    if (typeof merged !== "string") return merged;
    writes.push({ file, bytes: Buffer.from(merged, "utf8") });
  }
  for (const asset of assets) writes.push({ file: await inContent(asset.path), bytes: Buffer.from(asset.content, asset.encoding) });
  return saveAndCommit(root, writes, commitMessage(params));
}

function markdownEntry(file: string, raw: string, original: string | undefined, fields: readonly CmsField[]): string | BackendAnswer {
  const parsed = parseFrontmatter(raw);
  if (!parsed.ok) return { status: 422, json: { error: formatContentError({ file, ...parsed }) } };
  return mergeEntry(original, { data: parsed.data, body: parsed.body }, fields);
}

function yamlEntry(file: string, raw: string, original: string | undefined, fields: readonly CmsField[]): string | BackendAnswer {
  const parsed = parseYaml(raw);
  if (!parsed.ok)
    return { status: 422, json: { error: formatContentError({ file, field: `regel ${parsed.line}`, expected: "geldige YAML", found: parsed.message }) } };
  const values = parsed.value;
  if (typeof values !== "object" || values === null || Array.isArray(values))
    return { status: 422, json: { error: `${file}: verwacht velden, gevonden iets anders.` } };
  return mergeYamlFile(original, values as Record<string, unknown>, fields);
}

/**
 * Writes the files when every one may be edited, checks the whole content as `npm run check` does, and commits them;
 * when the check finds a problem that was not there before, every file is put back as it was and the errors are the answer.
 */
async function saveAndCommit(root: string, writes: readonly { file: string; bytes: Buffer }[], message: string): Promise<BackendAnswer> {
  const statuses = await releaseStatuses(root);
  const versionsWith = (status: string): Set<string> => new Set([...statuses].filter(([, value]) => value === status).map(([version]) => version));
  const episodes = await episodeReleases(
    root,
    writes.map(({ file }) => file),
  );
  for (const { file } of writes) {
    const reason = refusedEdit(file, {
      concepts: versionsWith("concept"),
      released: versionsWith("released"),
      episodeRelease: (folder) => episodes.get(folder),
      exists: (candidate) => existsSync(path.join(root, candidate)),
    });
    if (reason) return refused(reason);
  }
  const before = await problems(root);
  const previous = await Promise.all(writes.map(({ file }) => readFile(path.join(root, file)).catch(() => undefined)));
  const unchanged = writes.every(({ bytes }, index) => previous[index]?.equals(bytes));
  if (unchanged) return ok({ message: "Niets veranderd." });
  for (const { file, bytes } of writes) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), bytes);
  }
  const added = checkProblems(await loadSiteContent(root)).filter((error) => !before.has(JSON.stringify(error)));
  if (added.length > 0) {
    await Promise.all(
      writes.map(({ file }, index) => {
        const old = previous[index];
        return old ? writeFile(path.join(root, file), old) : rm(path.join(root, file), { force: true });
      }),
    );
    return { status: 422, json: { error: `Niet opgeslagen. ${formatContentErrors(added)}` } };
  }
  const files = writes.map(({ file }) => file);
  await git(root, ["add", "--", ...files]);
  await git(root, ["commit", "--quiet", "-m", message, "--", ...files]);
  return ok({ message: "Opgeslagen en vastgelegd." });
}

/** What `npm run check` rejects now, as JSON lines, so that a save is judged only by the problems it adds. */
async function problems(root: string): Promise<Set<string>> {
  return new Set(checkProblems(await loadSiteContent(root)).map((error) => JSON.stringify(error)));
}

/** Runs git in the repository; a commit without a configured author is made as the editing room. */
async function git(root: string, args: readonly string[]): Promise<void> {
  const name = await run("git", ["config", "user.name"], { cwd: root }).then(
    ({ stdout }) => stdout.trim(),
    () => "",
  );
  const author = name ? [] : ["-c", "user.name=Redactie (beheeromgeving)", "-c", "user.email=redactie@localhost"];
  await run("git", [...author, ...args], { cwd: root });
}

/** The status of each release ("concept" or "released"), by version, from its release.md as it is now. */
async function releaseStatuses(root: string): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  const folder = path.join(root, "content", "toolkit");
  for (const file of existsSync(folder) ? await listFiles(folder) : []) {
    const [version, name] = file.split("/");
    if (name !== "release.md" || version === undefined) continue;
    const parsed = parseFrontmatter(await readFile(path.join(folder, file), "utf8"));
    if (parsed.ok && typeof parsed.data.status === "string") versions.set(version, parsed.data.status);
  }
  return versions;
}

/** The release each episode folder among the files belongs to, from its show notes as they are now. */
async function episodeReleases(root: string, files: readonly string[]): Promise<Map<string, string>> {
  const releases = new Map<string, string>();
  for (const file of files) {
    const [first, second, folder] = file.split("/");
    if (first !== "content" || second !== "podcast" || folder === undefined || releases.has(folder)) continue;
    const text = await readFile(path.join(root, "content", "podcast", folder, "index.md"), "utf8").catch(() => undefined);
    const parsed = text === undefined ? undefined : parseFrontmatter(text);
    if (parsed?.ok && typeof parsed.data.release === "string") releases.set(folder, parsed.data.release);
  }
  return releases;
}

function fieldsOf(collections: readonly CmsCollection[], file: string): CmsField[] {
  for (const collection of collections) {
    const single = collection.files?.find((entry) => entry.file === file);
    if (single) return single.fields;
    if (collection.folder && file.startsWith(`${collection.folder}/`) && collection.fields) return collection.fields;
  }
  return [];
}

async function entryOf(root: string, file: string): Promise<{ data: string | null; file: { path: string; id: string | null } }> {
  const bytes = await readFile(path.join(root, file)).catch(() => undefined);
  return { data: bytes ? bytes.toString("utf8") : null, file: { path: file, id: bytes ? sha256(bytes) : null } };
}

async function mediaOf(root: string, file: string): Promise<{ id: string; content: string; encoding: "base64"; path: string; name: string }> {
  const bytes = await readFile(path.join(root, file));
  return { id: sha256(bytes), content: bytes.toString("base64"), encoding: "base64", path: file, name: path.posix.basename(file) };
}

function commitMessage(params: Record<string, unknown>): string {
  const options = params.options as { commitMessage?: unknown } | undefined;
  return typeof options?.commitMessage === "string" && options.commitMessage.trim() !== "" ? options.commitMessage : "Wijziging uit de beheeromgeving";
}

/**
 * True when the path lies inside content/, also after following symlinks: for a file that does not exist yet, its
 * nearest existing folder counts. Nothing outside content/ is ever read, sent to the browser or written.
 */
async function isInside(root: string, file: string): Promise<boolean> {
  const content = await realpath(path.join(root, "content")).catch(() => path.join(root, "content"));
  let candidate = path.resolve(root, file);
  if (candidate !== path.join(root, "content") && !candidate.startsWith(`${path.join(root, "content")}${path.sep}`)) return false;
  for (;;) {
    const real = await realpath(candidate).catch(() => undefined);
    if (real !== undefined) return real === content || real.startsWith(`${content}${path.sep}`);
    if (path.dirname(candidate) === candidate) return false;
    candidate = path.dirname(candidate);
  }
}

function ok(json: unknown): BackendAnswer {
  return { status: 200, json };
}

function refused(error: string): BackendAnswer {
  return { status: 403, json: { error } };
}

/** A request for a path outside content/: answered 403. */
class Refused extends Error {}
