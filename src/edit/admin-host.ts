import { editRoomCsp } from "./edit-room.ts";

/** Where each forge's API answers by default (Decap's `api_root`); a Gitea server has no default. */
export const FORGE_API_ROOTS: Readonly<Record<"github" | "gitlab" | "gitea", string | undefined>> = {
  github: "https://api.github.com",
  gitlab: "https://gitlab.com/api/v4",
  gitea: undefined,
};

/** Headers of the editing room on an admin host: its own policy, never shown in a frame, never indexed or cached. */
function adminHeaders(apiRoot: string): Record<string, string> {
  return {
    "Content-Security-Policy": editRoomCsp([new URL(apiRoot).origin]),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-cache",
  };
}

/**
 * Header rules for the hosted editing room, for a separate admin host or the path /beheer/ of one: a `_headers` file
 * for Netlify-style hosts and an nginx location, letting the room reach the forge's API at `apiRoot`. Both apply to
 * /beheer/ only, so the reader pages keep their headers.
 */
export function adminHostFiles(apiRoot: string): Map<string, string> {
  const lines = Object.entries(adminHeaders(apiRoot));
  const netlify = `/beheer/*\n${lines.map(([name, value]) => `  ${name}: ${value}`).join("\n")}\n`;
  const nginx = [
    "# The editing room at /beheer/: its own headers, which replace the reader pages' headers in this location only.",
    "location /beheer/ {",
    ...lines.map(([name, value]) => `    add_header ${name} "${value}" always;`),
    "    try_files $uri $uri/index.html =404;",
    "}",
    "",
  ].join("\n");
  return new Map([
    ["_headers", netlify],
    ["beheer.nginx.conf", nginx],
  ]);
}
