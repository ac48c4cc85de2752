/**
 * nginx as the static-serving anchor: the same HTML, precompressed (gzip_static, the cheapest way
 * nginx can answer `Accept-Encoding: gzip`), one worker process (the app server is one Node process),
 * access log off. Installed from Debian's archive if missing; run as the current user with its own
 * config, pid and logs in a temporary folder, on a free loopback port.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const NGINX = "/usr/sbin/nginx";

function installed(pkg: string) {
  try {
    execFileSync("dpkg", ["-s", pkg], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function ensureNginx() {
  if (installed("nginx-light") || installed("nginx")) return;
  console.log("nginx is not installed: apt-get install -y nginx-light …");
  execFileSync("apt-get", ["install", "-y", "nginx-light"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `html` at /page.html; returns its URL and a stop function. */
export async function startNginx(html: Buffer): Promise<{ url: string; stop: () => Promise<void> }> {
  ensureNginx();
  const dir = mkdtempSync(path.join(tmpdir(), "eks-bench-nginx-"));
  const www = path.join(dir, "www");
  mkdirSync(www);
  writeFileSync(path.join(www, "page.html"), html);
  writeFileSync(path.join(www, "page.html.gz"), gzipSync(html, { level: 9 }));
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `${process.getuid?.() === 0 ? "user root;\n" : ""}daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  types { text/html html; }
  sendfile on;
  keepalive_requests 100000;
  gzip_static on;
  gzip_vary on;
  etag on;
  server {
    listen 127.0.0.1:${port};
    root ${www};
  }
}
`,
  );
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}/page.html`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}
