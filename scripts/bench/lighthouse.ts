/**
 * Lighthouse (pinned: 12.2.3, the last line that runs on Node 20 here) in its default mobile
 * emulation, driving Debian's Chromium through chrome-launcher (CHROME_PATH, default /usr/bin/chromium).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/**
 * `apiRequests`: requests to the app's /api/ the page made while Lighthouse watched (a first visit: no
 * cookies). `benchmarkIndex`: Lighthouse's measure of the host's CPU, which its docs use to calibrate
 * the CPU slowdown (4× by default, meant for a host of about 1,500; its calculator maps a host of
 * 2,000 to 6×): a fast host makes 4× lenient, a slow one harsh.
 */
export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; seo: number; tbtMs: number; lcpMs: number; apiRequests: number; benchmarkIndex: number };

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Scores 0–100 and TBT/LCP in ms for one page; each run gets a fresh browser profile (a first visit). */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const requests = ((audits["network-requests"]?.details as { items?: { url?: string }[] } | undefined)?.items ?? []).map((item) => item.url ?? "");
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      apiRequests: requests.filter((u) => u.startsWith(new URL("/api/", url).href)).length,
      benchmarkIndex: result.lhr.environment.benchmarkIndex,
    };
  } finally {
    await chrome.kill();
  }
}

/** The median of each figure over `runs` runs (Lighthouse's own advice for noisy machines). */
export async function medianLighthouse(url: string, runs: number): Promise<LighthouseScores & { runs: number[] }> {
  const all: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouse(url));
  const median = (pick: (s: LighthouseScores) => number) => {
    const sorted = all.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    performance: median((s) => s.performance),
    accessibility: median((s) => s.accessibility),
    bestPractices: median((s) => s.bestPractices),
    seo: median((s) => s.seo),
    tbtMs: median((s) => s.tbtMs),
    lcpMs: median((s) => s.lcpMs),
    apiRequests: median((s) => s.apiRequests),
    benchmarkIndex: median((s) => s.benchmarkIndex),
    runs: all.map((s) => s.performance),
  };
}
