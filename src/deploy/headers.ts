/**
 * The one source of the site's HTTP header policy. The build writes it as `_headers` for Netlify-style hosts and
 * as `_security-headers.nginx.conf`, which deploy/nginx.conf includes in every location.
 */

/**
 * Content-Security-Policy, directive by directive:
 * - default-src 'none': anything not named below is blocked, so a new kind of request fails loudly.
 * - script-src 'self' 'wasm-unsafe-eval': only our own script files; Pagefind compiles WebAssembly. No inline script.
 * - style-src / img-src / media-src / font-src 'self': styles, images, podcast audio and fonts from this site only.
 * - connect-src 'self': fetches (Pagefind's index, chapters) stay on this site.
 * - worker-src 'self': Pagefind may run in a web worker.
 * - manifest-src 'self': a web app manifest, if one is added.
 * - base-uri 'self', form-action 'self': no <base> hijacking; forms (search) only submit here.
 * - frame-ancestors 'none': no framing by other sites (clickjacking).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Cache-Control for files whose name contains a content hash: they never change under that name. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** URL patterns (Netlify syntax) of files with hashed names. */
const HASHED_PATHS = ["/assets/*"];

/** URL patterns (Netlify syntax) that podcast apps fetch from other origins. */
const CORS_PATHS = ["/podcast/*/transcript.vtt", "/podcast/*/chapters.json"];

/** The `_headers` file for Netlify-style hosts. */
export function netlifyHeaders(): string {
  const block = (pattern: string, headers: Record<string, string>): string =>
    `${pattern}\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join("\n")}`;
  return [
    "# Generated from src/deploy/headers.ts. Hosts merge matching blocks; unhashed files keep the host's",
    "# default revalidation, hashed files are cached for a year.",
    block("/*", SECURITY_HEADERS),
    ...HASHED_PATHS.map((pattern) => block(pattern, { "Cache-Control": IMMUTABLE_CACHE })),
    ...CORS_PATHS.map((pattern) => block(pattern, { "Access-Control-Allow-Origin": "*" })),
    "",
  ].join("\n");
}

/** The nginx include with the security headers; `always` so error pages carry them too. */
export function nginxSecurityHeaders(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return `# Generated from src/deploy/headers.ts; included in every location of deploy/nginx.conf.\n${lines.join("\n")}\n`;
}
