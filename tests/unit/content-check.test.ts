import { describe, expect, it, beforeAll } from "vitest";
import { checkContent, createMermaidParser, type MermaidParser } from "@/lib/course/check";
import { diagram, lesson, single, validCourse, writeCourse, type FixtureFiles } from "../fixtures/course";

let parseMermaid: MermaidParser;
beforeAll(async () => {
  parseMermaid = await createMermaidParser();
}, 30_000);

async function check(changes: FixtureFiles, remove: string[] = []) {
  const files = { ...validCourse(), ...changes };
  for (const file of remove) delete files[file];
  const report = await checkContent(writeCourse(files), { parseMermaid });
  return report;
}

async function issuesOf(changes: FixtureFiles, remove: string[] = []) {
  return (await check(changes, remove)).issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
}

describe("content check", () => {
  it("passes a valid course and counts it", async () => {
    const report = await check({});
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ modules: 2, lessons: { en: 3, zh: 3 }, diagrams: 2, questions: { alpha: 4 }, glossary: 1 });
  });

  it("reports invalid frontmatter at the line of the bad field", async () => {
    const bad = "---\ntitle: Intro\nsummary: A summary.\norder: first\nminutes: 5\n---\n\nText\n";
    expect(await issuesOf({ "content/modules/alpha/intro.en.mdx": bad })).toContainEqual(
      expect.stringMatching(/^content\/modules\/alpha\/intro\.en\.mdx:4: frontmatter order: /),
    );
  });

  it("reports missing frontmatter and missing fields", async () => {
    expect(await issuesOf({ "content/modules/alpha/intro.en.mdx": "## No frontmatter\n" })).toContainEqual(
      "content/modules/alpha/intro.en.mdx:1: frontmatter is missing: start the file with a --- block (title, summary, order, minutes)",
    );
    const noMinutes = "---\ntitle: Intro\nsummary: S.\norder: 1\n---\n";
    expect(await issuesOf({ "content/modules/alpha/intro.en.mdx": noMinutes })).toContainEqual(
      expect.stringMatching(/^content\/modules\/alpha\/intro\.en\.mdx:2: frontmatter minutes: /),
    );
  });

  it("reports unknown frontmatter keys", async () => {
    const extra = "---\ntitle: Intro\nsummary: S.\norder: 1\nminutes: 5\nauthor: me\n---\n";
    expect((await issuesOf({ "content/modules/alpha/intro.en.mdx": extra })).join("\n")).toMatch(/intro\.en\.mdx:\d+: frontmatter .*author/);
  });

  it("reports a lesson without its other-language counterpart", async () => {
    expect(await issuesOf({}, ["content/modules/beta/only.zh.mdx"])).toContain(
      "content/modules/beta/only.en.mdx:1: has no zh counterpart (expected content/modules/beta/only.zh.mdx)",
    );
  });

  it("reports duplicate lesson order and disagreeing order or minutes across languages", async () => {
    expect(await issuesOf({ "content/modules/alpha/next.en.mdx": lesson("Next", 1), "content/modules/alpha/next.zh.mdx": lesson("下一节", 1) })).toContain(
      "content/modules/alpha/next.en.mdx:4: order 1 is already used by 'intro' in this module",
    );
    expect(await issuesOf({ "content/modules/alpha/next.zh.mdx": lesson("下一节", 2, "Text\n", 9) })).toContain(
      "content/modules/alpha/next.zh.mdx:5: minutes is 9 but content/modules/alpha/next.en.mdx says 5",
    );
  });

  it("reports duplicate module order and an invalid lesson file name", async () => {
    const issues = await issuesOf({
      "content/modules/beta/module.yaml": "order: 1\nweight: 40\ntitle:\n  en: Beta\n  zh: 乙\nsummary:\n  en: S.\n  zh: 乙。\n",
      "content/modules/beta/Bad_Name.en.mdx": lesson("Bad", 3),
    });
    expect(issues).toContain("content/modules/beta/module.yaml:1: order 1 is already used by module 'alpha'");
    expect(issues).toContainEqual(expect.stringMatching(/^content\/modules\/beta\/Bad_Name\.en\.mdx:1: lesson slug 'Bad_Name' must be lowercase/));
  });

  it("reports links to lessons that do not exist, with the line", async () => {
    const body = "## Links\n\nFine: [x](/learn/alpha/intro).\n\nBroken: [y](/learn/alpha/missing).\n\nLocalised: [z](/zh/learn/alpha/intro).\n";
    const issues = await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toContain("content/modules/beta/only.en.mdx:12: link /learn/alpha/missing: module 'alpha' has no lesson 'missing'");
    expect(issues).toContainEqual(expect.stringMatching(/^content\/modules\/beta\/only\.en\.mdx:14: link \/zh\/learn\/alpha\/intro: write lesson links without the language/));
  });

  it("reports unknown MDX components and raw HTML", async () => {
    const body = "## Parts\n\n<Quiz id=\"x\" />\n\n<div>raw</div>\n";
    const issues = await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toContainEqual(expect.stringMatching(/^content\/modules\/beta\/only\.en\.mdx:10: unknown component <Quiz>/));
    expect(issues).toContainEqual(expect.stringMatching(/^content\/modules\/beta\/only\.en\.mdx:12: unknown component <div> \(raw HTML is not allowed/));
  });

  it("reports MDX syntax errors with their line", async () => {
    const body = "## Broken\n\nSome text\n\n<Callout type=\"note\">\nunclosed\n";
    const issues = await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/modules\/beta\/only\.en\.mdx:\d+: MDX syntax: /);
  });

  it("reports Mermaid syntax errors at the line inside the file", async () => {
    const body = `## Diagram\n\n${diagram("flowchart LR\n  a --> b\n  b --> (c")}`;
    const issues = await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    // frontmatter (6 lines) + blank + "## Diagram" + blank + <Diagram> + blank + ``` fence at 12 → the bad line is 15
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/modules\/beta\/only\.en\.mdx:15: Mermaid: /);
  });

  it("requires a caption and a text alternative, and Mermaid only inside <Diagram>", async () => {
    const noAlt = `## D\n\n${diagram("flowchart LR\n  a --> b", 'caption="C"')}`;
    expect(await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, noAlt) })).toContain(
      'content/modules/beta/only.en.mdx:10: <Diagram> needs a non-empty alt="..."',
    );
    const bare = "## D\n\n```mermaid\nflowchart LR\n  a --> b\n```\n";
    expect((await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, bare) })).join("\n")).toMatch(/only\.en\.mdx:10: a mermaid block must sit inside <Diagram/);
  });

  it("rejects unknown callout types, code without a language and a second # heading", async () => {
    const body = '# Title again\n\n<Callout type="tip">\nx\n</Callout>\n\n```\nplain\n```\n\n|  | A |\n|---|---|\n| x | y |\n';
    const issues = await issuesOf({ "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toContain("content/modules/beta/only.en.mdx:8: use ## or deeper: the lesson title is the page's only # heading");
    expect(issues).toContain('content/modules/beta/only.en.mdx:10: <Callout type="tip"> is not a callout type; use exam, warning, note');
    expect(issues).toContain("content/modules/beta/only.en.mdx:14: code block needs a language (```yaml, ```bash, ```text, ...)");
    expect(issues).toContain("content/modules/beta/only.en.mdx:18: every table header cell needs text (screen readers announce it for each cell below)");
  });

  it("checks that every <KnowledgeCheck> question exists in the lesson's module", async () => {
    const body = (ids: string) => `## Check\n\n<KnowledgeCheck ids="${ids}" />\n`;
    expect(await issuesOf({ "content/modules/alpha/next.en.mdx": lesson("Next", 2, body("alpha-001, alpha-003")) })).toEqual([]);
    const issues = await issuesOf({
      "content/modules/alpha/next.en.mdx": lesson("Next", 2, body("alpha-001,alpha-404")),
      "content/modules/beta/only.en.mdx": lesson("Only", 1, body("alpha-002")),
      "content/modules/beta/only.zh.mdx": lesson("唯一", 1, "## 检查\n\n<KnowledgeCheck />\n"),
    });
    expect(issues).toEqual([
      "content/modules/alpha/next.en.mdx:10: <KnowledgeCheck> question 'alpha-404' does not exist",
      "content/modules/beta/only.en.mdx:10: <KnowledgeCheck> question 'alpha-002' belongs to module 'alpha'; use questions of 'beta'",
      'content/modules/beta/only.zh.mdx:10: <KnowledgeCheck> needs a non-empty ids="..."',
    ]);
  });

  it("reports an invalid module.yaml at the field's line", async () => {
    const issues = await issuesOf({ "content/modules/beta/module.yaml": "order: 2\nweight: 40\ntitle:\n  en: Beta\nsummary:\n  en: S.\n  zh: 乙。\n" });
    expect(issues).toContain("content/modules/beta/module.yaml:4: title.zh: Invalid input: expected string, received undefined");
  });
});

describe("question bank check", () => {
  const bank = (questions: unknown[]) => ({ "content/questions/alpha.yaml": JSON.stringify(questions, null, 2) });
  const four = () => ["a", "b", "c", "d"].map((c, i) => single(`alpha-00${i + 1}`, c));

  it("names the question and line for schema errors", async () => {
    const q = four();
    (q[1] as { source: string }).source = "not a url";
    delete (q[2]!.stem as { zh?: string }).zh;
    const issues = await issuesOf(bank(q));
    expect(issues.some((i) => /^content\/questions\/alpha\.yaml:\d+: alpha-002: source: source must be an http\(s\) URL$/.test(i))).toBe(true);
    expect(issues.some((i) => /^content\/questions\/alpha\.yaml:\d+: alpha-003: stem\.zh: /.test(i))).toBe(true);
  });

  it("checks the number of correct options against the type and 'choose'", async () => {
    const q = four();
    q[0]!.options[1] = { ...q[0]!.options[1]!, correct: true };
    const multiple = { ...single("alpha-009", "a", "Pick two of these?"), type: "multiple", choose: 2 };
    multiple.options.push({ id: "e", text: { en: "E", zh: "E" }, explanation: { en: "E.", zh: "E。" } });
    const issues = (await issuesOf(bank([...q, multiple]))).join("\n");
    expect(issues).toMatch(/alpha-001: options: a single-answer question has exactly one correct option, found 2/);
    expect(issues).toMatch(/alpha-009: choose: 'choose: 2' but 1 options are marked correct/);
  });

  it("requires an explanation for every option and unique option ids", async () => {
    const q = four();
    delete (q[0]!.options[2] as { explanation?: unknown }).explanation;
    q[1]!.options[3] = { ...q[1]!.options[3]!, id: "a" };
    const issues = (await issuesOf(bank(q))).join("\n");
    expect(issues).toMatch(/alpha-001: options\.2\.explanation: /);
    expect(issues).toMatch(/alpha-002: options\.3\.id: option id 'a' is used twice/);
  });

  it("rejects duplicate ids and duplicate stems", async () => {
    const q = four();
    q[1] = { ...q[1]!, id: "alpha-001" };
    q[3] = { ...q[3]!, stem: { ...q[2]!.stem } };
    const issues = (await issuesOf(bank(q))).join("\n");
    expect(issues).toMatch(/alpha-001: id is already used in content\/questions\/alpha\.yaml:\d+/);
    expect(issues).toMatch(/alpha-004: the same en stem as alpha-003/);
  });

  it("flags a correct-answer position used in more than 35% of single-answer questions", async () => {
    const q = Array.from({ length: 10 }, (_, i) => single(`alpha-0${10 + i}`, i < 5 ? "a" : ["b", "c", "d"][i % 3]!));
    expect(await issuesOf(bank(q))).toContain(
      "content/questions:1: option 'a' is the correct answer in 50% of single-answer questions (5 of 10); keep every position at or under 35%",
    );
  });

  it("reports YAML syntax errors with the line", async () => {
    const issues = await issuesOf({ "content/questions/alpha.yaml": "- id: alpha-001\n  type: single\n  type: multiple\n" });
    expect(issues[0]).toMatch(/^content\/questions\/alpha\.yaml:3: YAML: /);
  });

  it("reports a duplicate glossary term", async () => {
    const glossary = "- term: { en: Pod, zh: Pod }\n  definition: { en: A., zh: 甲。 }\n- term: { en: pod, zh: Pod }\n  definition: { en: B., zh: 乙。 }\n";
    expect(await issuesOf({ "content/glossary.yaml": glossary })).toContain("content/glossary.yaml:3: term 'pod' appears twice");
  });
});
