import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { IMMUTABLE_CACHE, netlifyHeaders, nginxSecurityHeaders, SECURITY_HEADERS } from "../../src/deploy/headers.ts";
import { startNginx, type NginxServer } from "../helpers/nginx.ts";

const realSiteUrl = inject("realSiteUrl");
let server: NginxServer;

/** A tiny site with one file of every kind the deploy config treats specially. */
async function deployFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-deploy-"));
  const files: Record<string, string> = {
    "index.html": "<!DOCTYPE html><title>Home</title>",
    "404.html": "<!DOCTYPE html><title>Pagina niet gevonden</title>",
    "_actueel.nginx.conf": "location = /toolkit/actueel/ { return 302 /toolkit/2.0/; }\n",
    "_security-headers.nginx.conf": nginxSecurityHeaders(),
    _redirects: "/toolkit/actueel/ /toolkit/2.0/ 302!\n",
    _headers: netlifyHeaders(),
    "assets/main-0123456789.css": "body{}",
    "podcast/aflevering/transcript.vtt": "WEBVTT\n",
    "podcast/aflevering/chapters.json": '{"version":"1.2.0","chapters":[]}',
    "zoeken/pagefind/pagefind.js": "export {};",
    "zoeken/pagefind/fragment/nl_abc.pf_fragment": "x",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

beforeAll(async () => {
  server = await startNginx(await deployFixture());
});

afterAll(async () => {
  await server?.stop();
});

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

describe("deploy/nginx.conf", () => {
  it("sends the security headers from src/deploy/headers.ts on pages, assets and errors", async () => {
    for (const url of ["/", "/assets/main-0123456789.css", "/bestaat-niet/", "/podcast/aflevering/transcript.vtt"]) {
      expectSecurityHeaders(await fetch(`${server.baseUrl}${url}`));
    }
    expect(SECURITY_HEADERS["Content-Security-Policy"]).not.toContain("unsafe-inline");
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it("caches hashed files for a year and makes everything else revalidate", async () => {
    expect((await fetch(`${server.baseUrl}/assets/main-0123456789.css`)).headers.get("cache-control")).toBe(IMMUTABLE_CACHE);
    expect((await fetch(`${server.baseUrl}/zoeken/pagefind/fragment/nl_abc.pf_fragment`)).headers.get("cache-control")).toBe(IMMUTABLE_CACHE);
    expect((await fetch(`${server.baseUrl}/`)).headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${server.baseUrl}/zoeken/pagefind/pagefind.js`)).headers.get("cache-control")).toBe("no-cache");
  });

  it("serves the site's 404 page with status 404", async () => {
    const response = await fetch(`${server.baseUrl}/bestaat-niet/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Pagina niet gevonden");
  });

  it("serves transcripts and chapters with their MIME types and CORS for podcast apps", async () => {
    const vtt = await fetch(`${server.baseUrl}/podcast/aflevering/transcript.vtt`);
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(vtt.headers.get("access-control-allow-origin")).toBe("*");
    const chapters = await fetch(`${server.baseUrl}/podcast/aflevering/chapters.json`);
    expect(chapters.headers.get("content-type")).toBe("application/json+chapters; charset=utf-8");
    expect(chapters.headers.get("access-control-allow-origin")).toBe("*");
    expect((await fetch(`${server.baseUrl}/zoeken/pagefind/pagefind.js`)).headers.get("content-type")).toBe("application/javascript; charset=utf-8");
  });

  it("includes the generated actueel rules and never serves the deploy's own files", async () => {
    const redirect = await fetch(`${server.baseUrl}/toolkit/actueel/`, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/toolkit/2.0/");
    for (const url of ["/_redirects", "/_headers", "/_actueel.nginx.conf", "/_security-headers.nginx.conf"])
      expect((await fetch(`${server.baseUrl}${url}`)).status, url).toBe(404);
  });

  it("serves security.txt and the release PDFs of the real build with their MIME types", async () => {
    const security = await fetch(`${realSiteUrl}/.well-known/security.txt`);
    expect(security.status).toBe(200);
    expect(security.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await security.text()).toMatch(/^Contact: mailto:\S+@\S+\nExpires: \d{4}-\d{2}-\d{2}T23:59:59Z\nPreferred-Languages: nl, en\n/);
    const home = await (await fetch(`${realSiteUrl}/toolkit/2.0/`)).text();
    const pdfUrl = /href="(\/toolkit\/2\.0\/afdrukken\/toolkit-het-bouwdepot-2\.0-\d{4}-\d{2}-\d{2}\.pdf)"/.exec(home)?.[1];
    expect(pdfUrl).toBeDefined();
    const pdf = await fetch(`${realSiteUrl}${pdfUrl ?? ""}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });

  it("compresses pages with gzip", async () => {
    const response = await fetch(`${realSiteUrl}/toolkit/2.0/`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
  });
});

describe("_headers for Netlify-style hosts", () => {
  it("carries the same security headers, immutable caching for assets and CORS for podcast files", () => {
    const text = netlifyHeaders();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(`  ${name}: ${value}\n`);
    expect(text).toContain(`/assets/*\n  Cache-Control: ${IMMUTABLE_CACHE}`);
    expect(text).toContain("/podcast/*/transcript.vtt\n  Access-Control-Allow-Origin: *");
  });
});
