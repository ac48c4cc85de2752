/**
 * `npm run bench:pages`: the JavaScript each kind of page loads first (gzip), next to the smallest
 * page of the app, whether Mermaid is in any first load, and lesson-page requests per second.
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { startBenchServer } from "./server";

const PAGES: [string, string][] = [
  ["home", "/en"],
  ["glossary", "/en/glossary"],
  ["module", "/en/learn/autoscaling"],
  ["lesson, no diagram", "/en/learn/architecture/cheat-sheet"],
  ["lesson, diagrams", "/en/learn/architecture/regions-vpcs-azs"],
  ["lesson, simulators", "/en/learn/autoscaling/vpa-and-hpa"],
  ["lesson (zh)", "/zh/learn/load-balancing/targets-and-annotations"],
];

async function firstLoadJs(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  let mermaid = false;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
    // Strings only Mermaid's own bundle contains (not our small loader component).
    if (body.includes("classDiagram") && body.includes("sequenceDiagram")) mermaid = true;
  }
  return { scripts: srcs.length, raw, gzip, mermaid };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3400));
  try {
    const rows = [];
    for (const [name, path] of PAGES) rows.push({ name, path, ...(await firstLoadJs(server.url, path)) });
    const smallest = rows.reduce((a, b) => (b.gzip < a.gzip ? b : a));
    console.log(`\nFirst-load JavaScript (gzip), against the smallest page (${smallest.name}, ${kb(smallest.gzip)}):`);
    console.log("page                   scripts      raw      gzip   vs smallest   Mermaid in first load");
    for (const r of rows) {
      const delta = ((r.gzip / smallest.gzip - 1) * 100).toFixed(1);
      console.log(`${r.name.padEnd(22)} ${String(r.scripts).padStart(7)} ${kb(r.raw).padStart(9)} ${kb(r.gzip).padStart(9)} ${`+${delta}%`.padStart(12)}   ${r.mermaid ? "YES" : "no"}`);
    }
    const plain = rows.find((r) => r.name === "lesson, no diagram")!;
    const over = (plain.gzip / smallest.gzip - 1) * 100;
    console.log(`\nTarget: a lesson without diagrams loads ≤ 15% more JS than the smallest page → +${over.toFixed(1)}% ${over <= 15 ? "(met)" : "(NOT met)"}`);
    console.log(`Target: Mermaid never in a first load → ${rows.some((r) => r.mermaid) ? "NOT met" : "met"}`);

    const lesson = "/en/learn/architecture/regions-vpcs-azs";
    const result = await autocannon({ url: server.url + lesson, connections: 20, duration: 10 });
    console.log(
      `\nLesson page under next start (${lesson}, 20 connections, 10 s): ${Math.round(result.requests.average)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
