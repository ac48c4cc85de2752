import { describe, expect, it, beforeAll } from "vitest";
import { checkContent, createMermaidParser, type MermaidParser } from "@/lib/course/check";
import type { BankRules } from "@/lib/course/bank-rules";
import { diagram, lesson, single, validCourse, writeCourse, type FixtureFiles } from "../fixtures/course";
import { bankYaml, multiple, ordering, singles, sizedBanks, withLongestKey, withTexts, type FixtureQuestion } from "../fixtures/bank";

let parseMermaid: MermaidParser;
beforeAll(async () => {
  parseMermaid = await createMermaidParser();
}, 30_000);

/** The fixture course is far smaller than a real one; its size rules are tested with full-size banks below. */
const smallCourse: Partial<BankRules> = { minQuestions: 0, minQuestionsPerModule: 0, maxWeightGap: 100, minOrderingOrMatching: 0 };

async function check(changes: FixtureFiles, remove: string[] = [], bankRules: Partial<BankRules> = smallCourse) {
  const files = { ...validCourse(), ...changes };
  for (const file of remove) delete files[file];
  const report = await checkContent(writeCourse(files), { parseMermaid, bankRules });
  return report;
}

async function issuesOf(changes: FixtureFiles, remove: string[] = [], bankRules?: Partial<BankRules>) {
  return (await check(changes, remove, bankRules)).issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
}

describe("content check", () => {
  it("passes a valid course and counts it", async () => {
    const report = await check({});
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ modules: 2, lessons: { en: 3, zh: 3 }, diagrams: 2, questions: { alpha: 4 }, glossary: 1, labs: 0 });
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

  it("accepts a code block whose file= quote matches the file in order, with # lines as elisions", async () => {
    const file = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n  template:\n    spec:\n      terminationGracePeriodSeconds: 45\n";
    const body = "```yaml file=deploy/app.yaml\nkind: Deployment\nspec:\n  replicas: 2\n# …\n      terminationGracePeriodSeconds: 45\n```\n";
    const issues = await issuesOf({ "deploy/app.yaml": file, "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toEqual([]);
  });

  it("reports a file= quote whose file changed, or is missing, at the code block's line", async () => {
    const body = "## Section\n\n```yaml file=deploy/app.yaml\nkind: Deployment\n  replicas: 2\n```\n\n```yaml file=deploy/gone.yaml\nkind: Service\n```\n";
    const issues = await issuesOf({ "deploy/app.yaml": "kind: Deployment\nspec:\n  replicas: 3\n", "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toEqual([
      "content/modules/beta/only.en.mdx:10: code block no longer matches deploy/app.yaml: line 'replicas: 2' is not found (in order) in the file",
      "content/modules/beta/only.en.mdx:15: code block quotes deploy/gone.yaml, which does not exist",
    ]);
  });

  it("reports quoted lines that appear only out of order", async () => {
    const body = "```yaml file=deploy/app.yaml\nb: 2\na: 1\n```\n";
    const issues = await issuesOf({ "deploy/app.yaml": "a: 1\nb: 2\n", "content/modules/beta/only.en.mdx": lesson("Only", 1, body) });
    expect(issues).toEqual(["content/modules/beta/only.en.mdx:8: code block no longer matches deploy/app.yaml: line 'a: 1' is not found (in order) in the file"]);
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

  it("reports glossary terms that differ only in bracket style", async () => {
    const glossary = "- term: { en: Network Load Balancer, zh: 网络负载均衡器（NLB） }\n  definition: { en: A., zh: 甲。 }\n- term: { en: NLB, zh: 网络负载均衡器 (NLB) }\n  definition: { en: B., zh: 乙。 }\n";
    expect(await issuesOf({ "content/glossary.yaml": glossary })).toContain("content/glossary.yaml:3: term '网络负载均衡器 (NLB)' appears twice");
  });
  it("reports a duplicate glossary term", async () => {
    const glossary = "- term: { en: Pod, zh: Pod }\n  definition: { en: A., zh: 甲。 }\n- term: { en: pod, zh: Pod }\n  definition: { en: B., zh: 乙。 }\n";
    expect(await issuesOf({ "content/glossary.yaml": glossary })).toContain("content/glossary.yaml:3: term 'pod' appears twice");
  });
});

describe("question bank fairness", () => {
  const bank = (questions: FixtureQuestion[], module = "alpha") => ({ [`content/questions/${module}.yaml`]: bankYaml(questions) });
  const longest = (questions: FixtureQuestion[], locale: "en" | "zh", count: number) => questions.map((q, i) => (i < count ? withLongestKey(q, locale) : q));

  it("allows the key to be the uniquely longest option in up to 30% of single-answer questions", async () => {
    const q = longest(longest(singles("alpha", 10), "en", 3), "zh", 3);
    // Multiple-response questions do not count, even with the longest keys.
    const more = [multiple("alpha-011"), multiple("alpha-012")].map((m) => withLongestKey(withLongestKey(m, "en"), "zh"));
    expect(await issuesOf(bank([...q, ...more]))).toEqual([]);
  });

  it("flags a module and language above 30% and names its questions", async () => {
    // Multiple-response questions are not in the count either.
    const q = [...longest(longest(singles("alpha", 10), "en", 4), "zh", 3), multiple("alpha-011"), multiple("alpha-012")];
    expect(await issuesOf(bank(q))).toEqual([
      "content/questions/alpha.yaml:1: module 'alpha' (en): the correct option is the uniquely longest in 40% of single-answer questions (4 of 10); keep it at or under 30%. Tighten the key or lengthen a distractor in: alpha-001, alpha-002, alpha-003, alpha-004",
    ]);
    expect(await issuesOf(bank(longest(singles("alpha", 10), "zh", 5)))).toEqual([
      "content/questions/alpha.yaml:1: module 'alpha' (zh): the correct option is the uniquely longest in 50% of single-answer questions (5 of 10); keep it at or under 30%. Tighten the key or lengthen a distractor in: alpha-001, alpha-002, alpha-003, alpha-004, alpha-005",
    ]);
  });

  it("counts only a key strictly longer than every other option", async () => {
    // Keys a, b, c, d: the option after the key (or before the last one) is made just as long.
    const tied = singles("alpha", 10).map((q, i) => {
      if (i >= 5) return q;
      const texts = q.options.map((o) => o.text.en);
      const key = i % 4;
      texts[key] = `  ${texts[key]} longer  `;
      texts[key === 3 ? 2 : key + 1] = `Option ${key === 3 ? "c" : "abcd"[key + 1]} longer`;
      return withTexts(q, "en", texts);
    });
    expect(await issuesOf(bank(tied))).toEqual([]);
  });

  it("judges each module on its own", async () => {
    const issues = await issuesOf({ ...bank(longest(singles("alpha", 10), "en", 3)), ...bank(longest(singles("beta", 10), "en", 4), "beta") });
    expect(issues).toEqual([
      "content/questions/beta.yaml:1: module 'beta' (en): the correct option is the uniquely longest in 40% of single-answer questions (4 of 10); keep it at or under 30%. Tighten the key or lengthen a distractor in: beta-001, beta-002, beta-003, beta-004",
    ]);
  });

  it("flags wrong options that all begin alike while the key does not, at the line of the question's id", async () => {
    const q = singles("alpha", 4); // keys a, b, c, d; each question takes 10 lines
    q[0] = withTexts(q[0]!, "zh", ["来自 S3", "从 AWS Marketplace 获取", "从AWS Systems Manager 获取", "从 Amazon EKS 控制台获取"]);
    q[1] = withTexts(q[1]!, "en", ["A Job with retries", "A CronJob every hour", "A Job with an index", "The job with a TTL"]);
    q[2] = withTexts(q[2]!, "en", ["Nothing for upgrades", "nothing for patching", "Take etcd backups", "NOTHING for failover"]);
    q[3] = withTexts(q[3]!, "zh", ["不必处理升级", "不必 处理补丁", "不必处理故障转移", "执行备份"]);
    const five = { ...multiple("alpha-005"), options: multiple("alpha-005").options.map((o, i) => ({ ...o, text: { ...o.text, en: ["Enable logs", "Rotate keys", "Disable the add-on", "Disable logging", "Disable the agent"][i]! } })) };
    const six = { ...five, id: "alpha-006", stem: { en: "Second multiple? (Choose 2.)", zh: "第二题？（选择两项。）" } };
    six.options = six.options.map((o, i) => (i === 1 ? { ...o, text: { ...o.text, en: "Disable tracing" } } : o));
    expect(await issuesOf(bank([...q, five, six]))).toEqual([
      "content/questions/alpha.yaml:1: alpha-001: give-away (zh): all 3 wrong options begin with '从A' and the correct option does not; vary how the options begin",
      "content/questions/alpha.yaml:11: alpha-002: give-away (en): all 3 wrong options begin with 'job' and the correct option does not; vary how the options begin",
      "content/questions/alpha.yaml:21: alpha-003: give-away (en): all 3 wrong options begin with 'nothing' and the correct option does not; vary how the options begin",
      "content/questions/alpha.yaml:31: alpha-004: give-away (zh): all 3 wrong options begin with '不必' and the correct option does not; vary how the options begin",
      'content/questions/alpha.yaml:31: alpha-004: a space between two Chinese characters ("…不必 处理补丁…"); in a folded line (>-) do not break between Chinese characters',
      "content/questions/alpha.yaml:41: alpha-005: give-away (en): all 3 wrong options begin with 'disable' and no correct option does; vary how the options begin",
    ]);
  });

  it("does not flag options that share an article, a one-character start or the key's own opening", async () => {
    const q = singles("alpha", 4);
    q[0] = withTexts(q[0]!, "en", ["A local cluster", "An extended cluster with nodes", "An extended cluster with groups", "An Amazon EKS cluster"]);
    q[1] = withTexts(q[1]!, "en", ["Use Fargate", "Use Auto Mode", "Use managed nodes", "Use self-managed nodes"]);
    q[2] = withTexts(q[2]!, "zh", ["在控制台中", "在命令行中", "自动模式", "在 API 中"]);
    q[3] = withTexts(q[3]!, "zh", ["使用 Fargate", "使用托管节点组", "改用自管理节点", "自动模式"]);
    expect(await issuesOf(bank(q))).toEqual([]);
  });

  it("flags a space between two Chinese characters (a folded line broken mid-sentence), but not around Latin words", async () => {
    const q = singles("alpha", 3);
    q[0] = withTexts(q[0]!, "zh", ["用 Fargate", "在控制台中启用此功能", "在控制台中关闭此功能", "使用自动模式运行"]);
    q[1] = withTexts(q[1]!, "zh", ["使用托管节点组运行", "在控制台中 启用", "托管节点组更新", "使用自动模式运行"]);
    q[2] = { ...q[2]!, stem: { ...q[2]!.stem, zh: "某团队希望在 Amazon EKS 上运行批处理作业，\n 哪个选项满足要求？".replace("\n ", " ") } };
    expect(await issuesOf(bank(q))).toEqual([
      'content/questions/alpha.yaml:11: alpha-002: a space between two Chinese characters ("…在控制台中 启用…"); in a folded line (>-) do not break between Chinese characters',
      'content/questions/alpha.yaml:21: alpha-003: a space between two Chinese characters ("…行批处理作业， 哪个选项满…"); in a folded line (>-) do not break between Chinese characters',
    ]);
  });

  it("rejects an ordering question with fewer than 3 steps", async () => {
    expect(await issuesOf(bank([ordering("alpha-001", 3), ...singles("alpha", 3, 2)]))).toEqual([]);
    const issues = await issuesOf(bank([ordering("alpha-001", 2), ...singles("alpha", 3, 2)]));
    // an ordering question with two steps: its `options:` is on line 6 + 1
    expect(issues).toEqual([expect.stringMatching(/^content\/questions\/alpha\.yaml:7: alpha-001: options: .*>=3 items$/)]);
  });
});

describe("question bank size and balance", () => {
  const weights = (alpha: number, beta: number) => ({
    "content/modules/alpha/module.yaml": `order: 1\nweight: ${alpha}\ntitle:\n  en: Alpha\n  zh: 甲\nsummary:\n  en: First.\n  zh: 第一。\n`,
    "content/modules/beta/module.yaml": `order: 2\nweight: ${beta}\ntitle:\n  en: Beta\n  zh: 乙\nsummary:\n  en: Second.\n  zh: 第二。\n`,
  });
  const real = {};

  it("passes 240 questions split by the exam weights, with 20 ordering or matching", async () => {
    expect(await issuesOf(sizedBanks({ alpha: 144, beta: 96 }), [], real)).toEqual([]);
  });

  it("needs at least 240 questions and 20 ordering or matching questions", async () => {
    expect(await issuesOf(sizedBanks({ alpha: 143, beta: 96 }), [], real)).toEqual(["content/questions:1: the banks hold 239 questions; the course needs at least 240"]);
    expect(await issuesOf(sizedBanks({ alpha: 144, beta: 96 }, 19), [], real)).toEqual([
      "content/questions:1: the banks hold 19 ordering or matching questions; the course needs at least 20",
    ]);
  });

  it("needs at least 25 questions in every module, and a bank for each", async () => {
    expect(await issuesOf({ ...weights(90, 10), ...sizedBanks({ alpha: 216, beta: 24 }) }, [], real)).toEqual([
      "content/questions/beta.yaml:1: module 'beta' has 24 questions; each module needs at least 25 questions",
    ]);
    expect(await issuesOf({ ...weights(90, 10), ...sizedBanks({ alpha: 216, beta: 24 }) }, ["content/questions/beta.yaml"], real)).toContain(
      "content/modules/beta/module.yaml:1: module 'beta' has no question bank (content/questions/beta.yaml); each module needs at least 25 questions",
    );
  });

  it("keeps each module's share of the bank within 5 points of its exam weight", async () => {
    expect(await issuesOf(sizedBanks({ alpha: 156, beta: 84 }), [], real)).toEqual([]);
    expect(await issuesOf(sizedBanks({ alpha: 157, beta: 83 }), [], real)).toEqual([
      "content/questions/alpha.yaml:1: module 'alpha' holds 65.4% of the questions (157 of 240) but its exam weight is 60%; keep the share within 5 points (55–65%)",
      "content/questions/beta.yaml:1: module 'beta' holds 34.6% of the questions (83 of 240) but its exam weight is 40%; keep the share within 5 points (35–45%)",
    ]);
  });
});
