/**
 * The framework floor for Lighthouse: a bare Next.js page (a heading and a sentence, no client code
 * of ours) built with this repo's Next.js, served by `next start` on the same machine in the same
 * run. Twice: as it is, and with this app's security headers (lib/security-headers.ts) — the
 * Cross-Origin-Opener-Policy alone moves a lab TBT by a few hundred ms, because Lighthouse then
 * loads the page in a fresh renderer process. A page's figures next to these say how much of its
 * main-thread time is ours and how much any Next.js page pays here.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { securityHeaders } from "@/lib/security-headers";

export type NextAnchor = { plainUrl: string; headersUrl: string; stop: () => Promise<void> };

const DIR = path.join(process.cwd(), ".bench", "next-anchor");

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
  writeFileSync(path.join(DIR, file), text);
}

function nextVersion(): string {
  return (JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
}

export async function startNextAnchor(port: number): Promise<NextAnchor> {
  const headers = Object.entries(securityHeaders({ secureSite: false })).map(([key, value]) => ({ key, value }));
  write("package.json", JSON.stringify({ private: true, description: `bench anchor for next ${nextVersion()}` }));
  write("app/layout.js", `export default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`);
  write("app/page.js", `export default function Page() {\n  return (<main><h1>Anchor</h1><p>A bare Next.js page.</p></main>);\n}\n`);
  write("app/with-headers/page.js", `export { default } from "../page.js";\n`);
  write("next.config.js", `export default { async headers() { return [{ source: "/with-headers", headers: ${JSON.stringify(headers)} }]; } };\n`);
  execFileSync("npx", ["next", "build", DIR], { stdio: "ignore" });
  const child = spawn("npx", ["next", "start", DIR, "-p", String(port)], { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    plainUrl: `${url}/`,
    headersUrl: `${url}/with-headers`,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}
