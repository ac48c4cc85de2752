/** The lab engine: paths, predicates, selectors, manifest limits, schema errors with lines, content rules. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { applyPredicate, containsPattern, runCheck, selectDocument } from "@/lib/labs/checks";
import { parseCheckPath, resolvePath, formatPath } from "@/lib/labs/path";
import { parseManifest, MANIFEST_LIMITS, type ManifestDocument } from "@/lib/labs/manifest";
import { validateDocuments } from "@/lib/labs/validate";
import { evaluateLab } from "@/lib/labs/evaluate";
import { labSchema, labCheckSchema, type LabCheck } from "@/lib/labs/schema";
import { suggest } from "@/lib/labs/suggest";
import { parseLabMarkdown } from "@/lib/labs/markdown";

const hint = { en: "Look at the field.", zh: "看看这个字段。" };
const check = (rest: Record<string, unknown>): LabCheck => labCheckSchema.parse({ id: "c", select: { kind: "Service" }, hint, ...rest });
const docs = (text: string): ManifestDocument[] => {
  const parsed = parseManifest(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.documents;
};
const fixtureLab = labSchema.parse(parse(readFileSync(path.join(import.meta.dirname, "../fixtures/labs/hpa-fixture.yaml"), "utf8")));

describe("check paths", () => {
  it("parses dotted keys, indexes and quoted keys", () => {
    expect(parseCheckPath("spec.metrics[0].resource.target.averageUtilization")).toEqual({ ok: true, segments: ["spec", "metrics", 0, "resource", "target", "averageUtilization"] });
    expect(parseCheckPath('metadata.annotations["service.beta.kubernetes.io/aws-load-balancer-scheme"]')).toEqual({
      ok: true,
      segments: ["metadata", "annotations", "service.beta.kubernetes.io/aws-load-balancer-scheme"],
    });
    expect(parseCheckPath("metadata.labels['app.kubernetes.io/name']")).toEqual({ ok: true, segments: ["metadata", "labels", "app.kubernetes.io/name"] });
    expect(parseCheckPath("")).toEqual({ ok: true, segments: [] });
    expect(parseCheckPath("a[0][1]")).toEqual({ ok: true, segments: ["a", 0, 1] });
  });

  it("refuses malformed paths with the position", () => {
    for (const bad of ["a..b", ".a", "a.", "a[x]", "a[0", 'a["b]', "a[0]b"]) expect(parseCheckPath(bad), bad).toMatchObject({ ok: false });
    expect(parseCheckPath("a..b")).toEqual({ ok: false, error: "empty key at character 3 of 'a..b'" });
  });

  it("resolves present, null, missing and out-of-range paths", () => {
    const data = { a: { b: null, list: [1, { c: 2 }] } };
    expect(resolvePath(data, ["a", "b"])).toEqual({ found: true, value: null });
    expect(resolvePath(data, ["a", "list", 1, "c"])).toEqual({ found: true, value: 2 });
    expect(resolvePath(data, ["a", "list", 5])).toEqual({ found: false, value: undefined });
    expect(resolvePath(data, ["a", "b", "x"])).toEqual({ found: false, value: undefined });
    expect(resolvePath(data, ["a", "list", "0"])).toEqual({ found: false, value: undefined });
    expect(resolvePath({ a: 1 }, ["toString"])).toEqual({ found: false, value: undefined });
    expect(formatPath(["metadata", "annotations", "a/b", "x", 0])).toBe('metadata.annotations["a/b"].x[0]');
  });
});

describe("predicates", () => {
  it("equals compares deeply and strictly", () => {
    expect(applyPredicate(check({ equals: 443 }), true, 443)).toBe(true);
    expect(applyPredicate(check({ equals: 443 }), true, "443")).toBe(false);
    expect(applyPredicate(check({ equals: "443" }), true, 443)).toBe(false);
    expect(applyPredicate(check({ equals: { a: [1, 2] } }), true, { a: [1, 2] })).toBe(true);
    expect(applyPredicate(check({ equals: { a: [1, 2] } }), true, { a: [2, 1] })).toBe(false);
    expect(applyPredicate(check({ equals: { a: 1 } }), true, { a: 1, b: 2 })).toBe(false);
    expect(applyPredicate(check({ equals: null }), true, null)).toBe(true);
    expect(applyPredicate(check({ equals: 1 }), false, undefined)).toBe(false);
  });

  it("oneOf", () => {
    expect(applyPredicate(check({ oneOf: ["ip", "instance"] }), true, "ip")).toBe(true);
    expect(applyPredicate(check({ oneOf: ["ip", "instance"] }), true, "IP")).toBe(false);
  });

  it("exists and absent", () => {
    expect(applyPredicate(check({ exists: true }), true, null)).toBe(true);
    expect(applyPredicate(check({ exists: true }), true, "")).toBe(true);
    expect(applyPredicate(check({ exists: true }), false, undefined)).toBe(false);
    expect(applyPredicate(check({ absent: true }), false, undefined)).toBe(true);
    expect(applyPredicate(check({ absent: true }), true, null)).toBe(false);
  });

  it("range takes numbers only, bounds included", () => {
    const r = check({ range: { min: 2, max: 10 } });
    expect([2, 5, 10].map((v) => applyPredicate(r, true, v))).toEqual([true, true, true]);
    expect([1, 11, "5", null].map((v) => applyPredicate(r, true, v))).toEqual([false, false, false, false]);
    expect(applyPredicate(check({ range: { min: 1 } }), true, 1e9)).toBe(true);
    expect(applyPredicate(check({ range: { max: 0 } }), true, -3)).toBe(true);
    expect(() => check({ range: {} })).toThrow(/min, max or both/);
  });

  it("matches takes strings only", () => {
    const m = check({ matches: "^arn:aws:iam::\\d{12}:role/.+$" });
    expect(applyPredicate(m, true, "arn:aws:iam::123456789012:role/app")).toBe(true);
    expect(applyPredicate(m, true, "arn:aws:iam::1234:role/app")).toBe(false);
    expect(applyPredicate(m, true, 123)).toBe(false);
    expect(() => check({ matches: "(" })).toThrow(/not a JavaScript regular expression/);
  });

  it("contains: scalars, object subsets (recursively) and list patterns", () => {
    const req = [
      { key: "kubernetes.io/arch", operator: "In", values: ["arm64"] },
      { key: "karpenter.sh/capacity-type", operator: "In", values: ["spot", "on-demand"] },
    ];
    expect(applyPredicate(check({ contains: { key: "karpenter.sh/capacity-type", operator: "In", values: ["spot"] } }), true, req)).toBe(true);
    expect(applyPredicate(check({ contains: { key: "karpenter.sh/capacity-type", operator: "NotIn" } }), true, req)).toBe(false);
    expect(applyPredicate(check({ contains: { key: "kubernetes.io/arch", values: ["amd64"] } }), true, req)).toBe(false);
    expect(applyPredicate(check({ contains: "b" }), true, ["a", "b"])).toBe(true);
    expect(applyPredicate(check({ contains: 1 }), true, ["1"])).toBe(false);
    expect(applyPredicate(check({ contains: "a" }), true, "abc")).toBe(false);
    expect(containsPattern({ a: { b: 1, c: 2 } }, { a: { b: 1 } })).toBe(true);
    expect(containsPattern([1, 2, 3], [3, 1])).toBe(true);
    expect(containsPattern([1, 2], [4])).toBe(false);
  });

  it("parse: json reads a JSON string first, and fails a string that is not JSON", () => {
    const c = check({ parse: "json", contains: { HTTPS: 443 } });
    expect(applyPredicate(c, true, '[{"HTTP": 80}, {"HTTPS": 443}]')).toBe(true);
    expect(applyPredicate(c, true, '[{"HTTP": 80}]')).toBe(false);
    expect(applyPredicate(c, true, "[{HTTPS: 443}]")).toBe(false);
    expect(applyPredicate(c, true, [{ HTTPS: 443 }])).toBe(false);
  });

  it("a check has exactly one predicate", () => {
    expect(() => check({ equals: 1, exists: true })).toThrow(/exactly one predicate/);
    expect(() => check({})).toThrow(/exactly one predicate.*none/);
  });
});

describe("selectors", () => {
  const manifest = docs(
    "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  type: ClusterIP\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n  type: LoadBalancer\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\n---\nkind: Service\napiVersion: v2\n",
  );
  it("picks by kind, then name and apiVersion; the first match when several match", () => {
    expect(selectDocument(manifest, { kind: "Service" })?.index).toBe(0);
    expect(selectDocument(manifest, { kind: "Service", name: "b" })?.index).toBe(1);
    expect(selectDocument(manifest, { kind: "Deployment", name: "b" })?.index).toBe(2);
    expect(selectDocument(manifest, { kind: "Service", apiVersion: "v2" })?.index).toBe(3);
    expect(selectDocument(manifest, { kind: "Service", name: "c" })).toBeUndefined();
    expect(selectDocument(manifest, { kind: "service" })).toBeUndefined();
  });

  it("a check without a matching document fails and says what was expected", () => {
    const c = check({ select: { kind: "Service", name: "c" }, path: "spec.type", equals: "LoadBalancer" });
    expect(runCheck(c, manifest)).toEqual({ id: "c", passed: false, path: "spec.type", reason: "no_document" });
    const lab = { ...fixtureLab, checks: [c] };
    const feedback = evaluateLab(lab, "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n", "en");
    expect(feedback.checks[0]).toMatchObject({ passed: false, message: "There is no Service named c in the manifest.", hint: hint.en });
    expect(evaluateLab(lab, "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n", "zh").checks[0]).toMatchObject({ message: "清单中没有名为 c 的 Service。", hint: hint.zh });
  });

  it("a document without metadata matches a selector without a name only", () => {
    const bare = docs("apiVersion: v1\nkind: Service\nmetadata: null\n");
    expect(selectDocument(bare, { kind: "Service" })).toBeDefined();
    expect(selectDocument(bare, { kind: "Service", name: "a" })).toBeUndefined();
  });

  it("an empty path tests the whole document", () => {
    const c = check({ path: "", contains: undefined, equals: { apiVersion: "v1", kind: "Service", metadata: { name: "a" } } });
    expect(runCheck(c, docs("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n")).passed).toBe(true);
  });
});

describe("manifest limits", () => {
  const problems = (text: string) => {
    const r = parseManifest(text);
    return r.ok ? [] : r.problems;
  };
  it("refuses oversize text, too many documents, alias bombs and deep nesting", () => {
    expect(problems("a: " + "x".repeat(MANIFEST_LIMITS.maxBytes))).toEqual([{ line: 1, code: "too_large", detail: "65536" }]);
    expect(problems("a: 1\n---\n".repeat(1000))[0]).toMatchObject({ code: "too_many_documents" });
    expect(problems("a: 1\n---\n".repeat(21))[0]).toMatchObject({ code: "too_many_documents" });
    expect(problems("a: 1\n---\n".repeat(20))).toEqual([]);
    const bomb = ["a: &a [x,x,x,x,x,x,x,x,x]", ..."bcdef".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdef"[i]}`).join(",")}]`)].join("\n");
    expect(problems(bomb)[0]).toMatchObject({ code: "alias_limit" });
    expect(problems("a: " + "[".repeat(5000) + "]".repeat(5000))[0]).toMatchObject({ code: "too_deep" });
  });

  it("reports YAML syntax errors at their line, and duplicate keys", () => {
    expect(problems("a: 1\nb: [\n")[0]).toMatchObject({ line: 2, code: "yaml_syntax" });
    expect(problems("a: 1\na: 2\n")[0]).toMatchObject({ line: 2, code: "yaml_syntax" });
    expect(problems("a: 1\nb:\n  - c: 1\n    c: 2\n")).toEqual([{ line: 4, column: 5, code: "yaml_syntax", detail: "Map keys must be unique: 'c' appears twice" }]);
    expect(problems("- a\n- b\n")[0]).toMatchObject({ code: "not_a_mapping" });
    expect(problems("\n")[0]).toMatchObject({ code: "empty" });
  });

  it("does not resolve YAML 1.1 tags or merge keys", () => {
    expect(docs("a: !!binary aGVsbG8=\n")[0]!.data).toEqual({ a: "aGVsbG8=" });
    expect(docs("b: &b {x: 1}\nc:\n  <<: *b\n")[0]!.data).toEqual({ b: { x: 1 }, c: { "<<": { x: 1 } } });
  });
});

describe("schema validation", () => {
  const issues = (text: string) => validateDocuments(docs(text)).map((i) => `${i.line}:${i.code}:${i.path}${i.detail ? ` (${i.detail})` : ""}${i.field ? ` [${i.field}]` : ""}`);

  it("reports an unknown field at its line with a did-you-mean", () => {
    const hpa = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    kind: Deployment\n    name: web\n  minReplica: 2\n  maxReplicas: 5\n";
    expect(issues(hpa)).toEqual(["9:unknown_field:spec.minReplica (minReplicas) [minReplica]"]);
    const feedback = evaluateLab(fixtureLab, hpa, "en");
    expect(feedback.diagnostics).toEqual([{ line: 9, column: 3, message: "`spec.minReplica` is not a field; did you mean `minReplicas`?", severity: "error" }]);
    expect(evaluateLab(fixtureLab, hpa, "zh").diagnostics[0]?.message).toBe("`spec.minReplica` 不是有效字段；你是不是想写 `minReplicas`？");
    expect(feedback.passed).toBe(false);
  });

  it("reports wrong types, enum values and missing required fields", () => {
    const svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: Loadbalancer\n  ports:\n    - port: '80'\n  externalTrafficPolicy: Local\n";
    expect(issues(svc)).toEqual([
      "6:not_allowed:spec.type (ClusterIP, ExternalName, LoadBalancer, NodePort) [LoadBalancer]",
      "8:wrong_type:spec.ports[0].port (number)",
    ]);
    expect(issues("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx\n")).toEqual([
      "5:missing_field:spec [selector]",
      "9:missing_field:spec.template.spec.containers[0] [name]",
    ]);
  });

  it("uses the packages' validators for formats and CRD enums, at the line of the value", () => {
    const pool =
      "apiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata:\n  name: p\nspec:\n  template:\n    spec:\n      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}\n      requirements: []\n  disruption:\n    consolidationPolicy: WhenUnderutilized\n    consolidateAfter: 1m\n";
    expect(issues(pool)).toEqual([expect.stringMatching(/^11:invalid_value:spec\.disruption\.consolidationPolicy \(must be equal to one of the allowed values/)]);
    expect(issues("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: 1.5\n  selector: {}\n  template: {}\n")).toEqual([
      expect.stringMatching(/^6:invalid_value:spec\.replicas/),
    ]);
  });

  it("validates the vendored CRDs: IngressClassParams and VerticalPodAutoscaler", () => {
    expect(issues("apiVersion: elbv2.k8s.aws/v1beta1\nkind: IngressClassParams\nmetadata:\n  name: team\nspec:\n  namespaceSelector:\n    matchLabel:\n      team: a\n  scheme: public\n")).toEqual([
      "7:unknown_field:spec.namespaceSelector.matchLabel (matchLabels) [matchLabel]",
      "9:not_allowed:spec.scheme (internal, internet-facing)",
    ]);
    expect(issues("apiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: v\n  labelz: {}\nspec:\n  targetRef: {kind: Deployment, name: web}\n  resourcePolicy:\n    containerPolicies:\n      - containerName: '*'\n        controlledResources: [memory]\n        controlledValue: RequestsOnly\n")).toEqual([
      "5:unknown_field:metadata.labelz (labels) [labelz]",
      "12:unknown_field:spec.resourcePolicy.containerPolicies[0].controlledValue (controlledValues) [controlledValue]",
    ]);
  });

  it("names a removed or unknown API version and suggests the served one", () => {
    expect(issues("apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: x\n")).toEqual([
      "1:unknown_kind:apiVersion (apiVersion: autoscaling/v2) [autoscaling/v2beta2 HorizontalPodAutoscaler]",
    ]);
    expect(issues("apiVersion: v1\nkind: Servce\n")).toEqual(["1:unknown_kind:apiVersion (kind: Service) [v1 Servce]"]);
    expect(issues("metadata: {}\n")).toEqual(["1:missing_kind:"]);
  });

  it("suggests only close names", () => {
    expect(suggest("minReplica", ["minReplicas", "maxReplicas"])).toBe("minReplicas");
    expect(suggest("MINREPLICAS", ["minReplicas"])).toBe("minReplicas");
    expect(suggest("zzzzzz", ["minReplicas"])).toBeUndefined();
  });
});

describe("evaluation", () => {
  it("the fixture's solution passes and its starter fails with hints, never the solution", () => {
    expect(evaluateLab(fixtureLab, fixtureLab.solution, "en")).toMatchObject({ passed: true, diagnostics: [], summary: { passed: 2, total: 2 } });
    const starter = evaluateLab(fixtureLab, fixtureLab.starter, "en");
    expect(starter.passed).toBe(false);
    expect(starter.checks.map((c) => [c.id, c.passed, c.hint])).toEqual([
      ["min", false, fixtureLab.checks[0]!.hint.en],
      ["cpu", false, fixtureLab.checks[1]!.hint.en],
    ]);
    const text = JSON.stringify(starter);
    expect(text).not.toContain(fixtureLab.explanation.en);
    expect(text).not.toContain("averageUtilization: 60");
  });

  it("does not run checks when the YAML does not parse", () => {
    const f = evaluateLab(fixtureLab, "spec: [\n", "en");
    expect(f.checks).toEqual([]);
    expect(f.diagnostics[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^YAML syntax: /) });
  });
});

describe("scenario markdown", () => {
  it("parses paragraphs, lists, code and bold; joins Chinese lines without spaces", () => {
    expect(parseLabMarkdown("A `x` and **y**\nwrapped.\n\n- one\n- two `z`\n")).toEqual([
      { kind: "p", inlines: [{ kind: "text", text: "A " }, { kind: "code", text: "x" }, { kind: "text", text: " and " }, { kind: "strong", text: "y" }, { kind: "text", text: " wrapped." }] },
      { kind: "ul", items: [[{ kind: "text", text: "one" }], [{ kind: "text", text: "two " }, { kind: "code", text: "z" }]] },
    ]);
    expect(parseLabMarkdown("一行\n两行")).toEqual([{ kind: "p", inlines: [{ kind: "text", text: "一行两行" }] }]);
  });
});

describe("content check of labs", async () => {
  const { loadCourse } = await import("@/lib/course/load");
  const { checkLabs } = await import("@/lib/labs/content-rules");
  const { lesson, validCourse, writeCourse } = await import("../fixtures/course");
  const labText = readFileSync(path.join(import.meta.dirname, "../fixtures/labs/hpa-fixture.yaml"), "utf8").replace("module: autoscaling", "module: alpha").replace("lesson: hpa", "lesson: intro");
  const embedded = (id = "hpa-fixture") => ({
    "content/modules/alpha/intro.en.mdx": lesson("Intro", 1, `## Start\n\nText.\n\n<Lab id="${id}" />\n`),
    "content/modules/alpha/intro.zh.mdx": lesson("简介", 1, `## 开始\n\n正文。\n\n<Lab id="${id}" />\n`),
  });
  const run = (files: Record<string, string>) => {
    const root = writeCourse({ ...validCourse(), ...files });
    return checkLabs(root, loadCourse(root)).issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
  };
  const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
  const file = "content/labs/hpa-fixture.yaml";

  it("passes a lab embedded in both languages whose solution passes and starter fails", () => {
    expect(run({ [file]: labText, ...embedded() })).toEqual([]);
  });

  it("reports a lab missing from one language, and an unknown id in a lesson", () => {
    const files = { [file]: labText, ...embedded(), "content/modules/alpha/intro.zh.mdx": lesson("简介", 1, "## 开始\n\n正文。\n") };
    expect(run(files)).toEqual([`${file}:${lineOf(labText, "lesson:")}: the zh lesson alpha/intro does not embed <Lab id="hpa-fixture" />`]);
    const unknown = { ...embedded(), "content/modules/beta/only.en.mdx": lesson("Only", 1, "## A\n\n<Lab id=\"nope\" />\n") };
    expect(run({ [file]: labText, ...unknown })).toEqual(['content/modules/beta/only.en.mdx:10: <Lab id="nope"> names no lab in content/labs/']);
  });

  it("reports a solution that fails a check at the check's line, and a schema error at the solution's line", () => {
    const failing = labText.replace("averageUtilization: 60", "averageUtilization: 70");
    expect(run({ [file]: failing, ...embedded() })).toEqual([`${file}:${lineOf(failing, "id: cpu")}: solution fails check 'cpu'`]);
    const typo = labText.replace("    minReplicas: 2\n    maxReplicas: 10\n    metrics:", "    minReplicas: 2\n    maxReplica: 10\n    metrics:");
    expect(run({ [file]: typo, ...embedded() })).toEqual([
      `${file}:${lineOf(typo, "solution: |") + 5}: solution: \`spec.maxReplicas\` is required.`,
      `${file}:${lineOf(typo, "maxReplica: 10")}: solution: \`spec.maxReplica\` is not a field; did you mean \`maxReplicas\`?`,
    ]);
  });

  it("reports a starter that already passes, a missing Chinese hint, a wrong id and unknown lessons", () => {
    const solved = labText.replace(/starter: \|\n[\s\S]*?solution: \|/, (m) => `starter: |\n${labText.split("solution: |\n")[1]!.split("explanation:")[0]}solution: |`);
    expect(run({ [file]: solved, ...embedded() })).toEqual([`${file}:${lineOf(solved, "starter: |")}: the starter passes every check: it must fail at least one`]);
    const noZh = labText.replace("      zh: 至少保留两个副本——设置 spec.minReplicas。\n", "");
    expect(run({ [file]: noZh, ...embedded() })).toEqual([`${file}:${lineOf(noZh, "      en: Keep at least two")}: checks.0.hint.zh: Invalid input: expected string, received undefined`]);
    expect(run({ "content/labs/other.yaml": labText, ...embedded() })).toContainEqual(`content/labs/other.yaml:1: id 'hpa-fixture' must equal the file name 'other'`);
    const elsewhere = labText.replace("lesson: intro", "lesson: missing");
    expect(run({ [file]: elsewhere, ...embedded() })).toContainEqual(`${file}:${lineOf(elsewhere, "lesson:")}: module 'alpha' has no lesson 'missing' in both languages`);
  });

  it("reports two checks with one id and a check with two predicates", () => {
    const twice = labText.replace("  - id: cpu", "  - id: min");
    const second = twice.split("\n").findLastIndex((l) => l.includes("- id: min")) + 1;
    expect(run({ [file]: twice, ...embedded() })).toEqual([`${file}:${second}: checks.1.id: check id 'min' is used twice in this lab`]);
    const two = labText.replace("    equals: 60\n", "    equals: 60\n    exists: true\n");
    expect(run({ [file]: two, ...embedded() })).toEqual([`${file}:${lineOf(two, "  - id: cpu")}: checks.1: a check needs exactly one predicate (equals, oneOf, exists, absent, range, matches, contains); found equals, exists`]);
  });
});

describe("TargetGroupBinding schema", () => {
  it("knows the vendored CRD", () => {
    const parsed = parseManifest("apiVersion: elbv2.k8s.aws/v1beta1\nkind: TargetGroupBinding\nmetadata:\n  name: t\nspec:\n  serviceRef: {name: web, port: 80}\n  targetType: pod\n");
    if (!parsed.ok) throw new Error("parse");
    expect(validateDocuments(parsed.documents).map((i) => `${i.line}:${i.code}:${i.path}`)).toEqual(["5:missing_field:spec", "7:not_allowed:spec.targetType"]);
  });
});
