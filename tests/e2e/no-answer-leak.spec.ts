import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadQuestionBank } from "../../lib/quiz/bank";

/**
 * Grading happens only on the server: no correct answer or explanation may reach the browser before
 * it is due. This scans every byte the app serves to a learner who has not answered yet — every page's
 * HTML and React Server Component payload, every JavaScript chunk of the build, the search index, and
 * the API's answers — for any explanation text or answer key in either language.
 */
const bank = loadQuestionBank();
// Long enough to be unique to the question bank (short phrases could appear in a lesson by chance).
const secrets = bank.flatMap((q) => q.options.flatMap((o) => [o.explanation.en, o.explanation.zh])).filter((s) => s.length >= 40);

function findLeaks(where: string, text: string): string[] {
  const leaks: string[] = [];
  for (const secret of secrets) if (text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1))) leaks.push(`${where}: «${secret.slice(0, 60)}…»`);
  if (/"correct"\s*:\s*true/.test(text)) leaks.push(`${where}: contains "correct": true`);
  return leaks;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

test("no answer or explanation is served before it is due", async ({ request }) => {
  test.setTimeout(180_000);
  expect(secrets.length).toBeGreaterThan(300);
  const leaks: string[] = [];

  // Every JavaScript and data file of the production build that a browser can download.
  const staticFiles = walk(path.join(process.cwd(), ".next", "static")).filter((f) => /\.(js|json|txt)$/.test(f));
  expect(staticFiles.length).toBeGreaterThan(10);
  for (const file of staticFiles) leaks.push(...findLeaks(path.relative(process.cwd(), file), readFileSync(file, "utf8")));

  // Start a practice attempt and an exam, as a learner would, before answering anything.
  const practice = await request.post("/api/attempts", { data: { mode: "practice", module: "autoscaling", count: 10 } });
  const exam = await request.post("/api/attempts", { data: { mode: "exam", count: 30, locale: "zh" } });
  expect(practice.status()).toBe(201);
  expect(exam.status()).toBe(201);
  const practiceState = await practice.json();
  const examState = await exam.json();
  leaks.push(...findLeaks("POST /api/attempts (practice)", JSON.stringify(practiceState)), ...findLeaks("POST /api/attempts (exam)", JSON.stringify(examState)));
  leaks.push(...findLeaks("GET exam state", await (await request.get(`/api/attempts/${examState.id}`)).text()));
  // An exam answer is acknowledged, never graded in the response.
  const q = examState.questions[0];
  const ack = await request.post(`/api/attempts/${examState.id}/answers`, { data: { questionId: q.id, ...(q.type === "ordering" ? { order: q.options.map((o: { id: string }) => o.id) } : q.type === "matching" ? { pairs: Object.fromEntries(q.options.map((o: { id: string }, i: number) => [o.id, q.matches[i].id])) } : { optionIds: q.options.slice(0, q.choose).map((o: { id: string }) => o.id) }) } });
  expect(await ack.json()).toEqual({ recorded: true, questionId: q.id });
  leaks.push(...findLeaks("GET exam state after an answer", await (await request.get(`/api/attempts/${examState.id}`)).text()));

  // Every page (from the sitemap, plus the quiz pages) as HTML and as an RSC payload.
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  pages.push("/en/practice", "/zh/practice", `/en/quiz/${practiceState.id}`, `/zh/quiz/${examState.id}`, "/search-index/en", "/search-index/zh");
  // The dashboard of this learner (an unfinished exam, an answered question, a bookmarked one) and its method page.
  expect((await request.post("/api/bookmarks", { data: { kind: "question", target: q.id, bookmarked: true } })).status()).toBe(200);
  pages.push("/en/dashboard", "/zh/dashboard", "/en/dashboard/readiness", "/zh/dashboard/readiness");
  expect(pages.length).toBeGreaterThan(80);
  for (const page of pages) {
    const html = await request.get(page);
    expect(html.status(), page).toBe(200);
    leaks.push(...findLeaks(`${page} (HTML)`, await html.text()));
    const rsc = await request.get(page, { headers: { RSC: "1" } });
    leaks.push(...findLeaks(`${page} (RSC)`, await rsc.text()));
  }
  expect(leaks).toEqual([]);

  // The detector itself works: once submitted, the review carries the explanations it looks for.
  await request.post(`/api/attempts/${practiceState.id}/submit`);
  expect(findLeaks("review after submission", await (await request.get(`/api/attempts/${practiceState.id}`)).text()).length).toBeGreaterThan(0);
});
