import { describe, expect, it } from "vitest";
import { buildIndex, findMatches, highlight, makeSnippet, search, tokenize, type SearchDocument, type Segment } from "@/lib/search/engine";
import { outlineLesson } from "@/lib/course/outline";

const doc = (d: Omit<SearchDocument, "kind"> & { kind?: SearchDocument["kind"] }): SearchDocument => ({ kind: "lesson", ...d });
const docs: SearchDocument[] = [
  doc({ href: "/zh/learn/autoscaling/vpa-and-hpa#公式", lesson: "VPA 与 HPA", module: "自动扩缩容", heading: "公式", text: "水平 Pod 自动扩缩器根据 CPU 利用率调整副本数量。" }),
  doc({ href: "/zh/learn/autoscaling/karpenter", lesson: "Karpenter 与集群自动扩缩器", module: "自动扩缩容", heading: null, text: "Karpenter 直接调用 EC2 Fleet 启动节点。" }),
  doc({ href: "/en/learn/load-balancing/targets", lesson: "Target types", module: "Load balancing", heading: "IP targets", text: "Fargate requires IP targets because there is no node to route to." }),
  doc({ href: "/en/learn/architecture/control-plane", lesson: "The managed control plane", module: "Architecture", heading: null, text: "etcd runs across three Availability Zones." }),
  doc({ kind: "glossary", href: "/en/glossary#karpenter", lesson: "Karpenter", module: "Glossary", heading: null, text: "An open-source node autoscaler that launches right-sized EC2 instances." }),
];
const index = buildIndex(docs);
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe("tokenize", () => {
  it("splits Latin text into lower-case words", () => {
    expect(tokenize("The AWS Load-Balancer Controller")).toEqual(["the", "aws", "load", "balancer", "controller"]);
  });
  it("indexes Chinese as overlapping bigrams, so any sub-word matches", () => {
    expect(tokenize("副本数量")).toEqual(["副本", "本数", "数量"]);
    expect(tokenize("节")).toEqual(["节"]);
  });
  it("handles mixed scripts", () => {
    expect(tokenize("Pod 自动扩缩")).toEqual(["pod", "自动", "动扩", "扩缩"]);
  });
});

describe("search", () => {
  it("finds a Chinese term inside a longer Chinese word", () => {
    const hits = search(index, "扩缩");
    expect(hits.map((h) => h.doc.href)).toEqual(expect.arrayContaining([docs[0]!.href, docs[1]!.href]));
  });
  it("finds a Chinese phrase that spans word boundaries", () => {
    expect(search(index, "副本数量")[0]?.doc.href).toBe(docs[0]!.href);
  });
  it("does not forgive typos in Chinese (a wrong character is a different word)", () => {
    expect(search(index, "副木数量")).toEqual([]);
  });
  it("requires every term (AND)", () => {
    expect(search(index, "Karpenter Fargate")).toEqual([]);
    expect(search(index, "fargate ip")[0]?.doc.href).toBe(docs[2]!.href);
  });
  it("matches words as prefixes", () => {
    expect(search(index, "avail")[0]?.doc.href).toBe(docs[3]!.href);
    expect(search(index, "availab zon")[0]?.doc.href).toBe(docs[3]!.href);
  });
  it("forgives a typo in a Latin word", () => {
    const hits = search(index, "karpentr");
    expect(hits.map((h) => h.doc.href)).toEqual(expect.arrayContaining([docs[1]!.href, docs[4]!.href]));
    expect(search(index, "fargat")[0]?.doc.href).toBe(docs[2]!.href);
    expect(search(index, "contorl plane")[0]?.doc.href).toBe(docs[3]!.href);
  });
  it("does not match unrelated short words by fuzziness", () => {
    expect(search(index, "xyz")).toEqual([]);
  });
  it("ranks title matches above body matches", () => {
    const extra = buildIndex([...docs, doc({ href: "/x", lesson: "Other", module: "M", heading: null, text: "Karpenter is mentioned once." })]);
    const hrefs = search(extra, "karpenter").map((h) => h.doc.href);
    expect(hrefs.indexOf("/x")).toBe(hrefs.length - 1);
  });
  it("returns more than 12 results when more match", () => {
    const many = buildIndex(Array.from({ length: 30 }, (_, i) => doc({ href: `/d${i}`, lesson: `Lesson ${i}`, module: "M", heading: null, text: "Pods and nodes" })));
    expect(search(many, "pods")).toHaveLength(30);
  });
  it("returns nothing for an empty or punctuation-only query", () => {
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "？！")).toEqual([]);
  });
  it("highlights what matched, including a corrected typo", () => {
    const hit = search(index, "karpentr").find((h) => h.doc.href === docs[1]!.href)!;
    expect(marked(hit.title)).toEqual(["Karpenter"]);
    expect(marked(hit.snippet)).toEqual(["Karpenter"]);
    const zh = search(index, "副本数量")[0]!;
    expect(marked(zh.snippet)).toEqual(["副本数量"]);
  });
});

describe("findMatches and highlight", () => {
  it("marks whole words only", () => {
    expect(findMatches("Pods and pod", ["pod"])).toEqual([[9, 12]]);
  });
  it("merges overlapping Chinese bigrams", () => {
    expect(highlight("调整副本数量。", ["副本", "本数", "数量"])).toEqual([
      { text: "调整", match: false },
      { text: "副本数量", match: true },
      { text: "。", match: false },
    ]);
  });
});

describe("makeSnippet", () => {
  it("shows text around the first match", () => {
    const text = `${"x ".repeat(100)}Karpenter ${"y ".repeat(100)}`;
    const snippet = makeSnippet(text, ["karpenter"], 20);
    expect(snippet[0]).toEqual({ text: "…", match: false });
    expect(marked(snippet)).toEqual(["Karpenter"]);
    expect(snippet.map((s) => s.text).join("").length).toBeLessThan(50);
  });
  it("starts at the beginning when nothing matches", () => {
    expect(makeSnippet("short text", ["nothing"])).toEqual([{ text: "short text", match: false }]);
  });
});

describe("lesson text for search", () => {
  it("keeps table cells and rows apart", () => {
    const { sections } = outlineLesson("| Tool | Launches via |\n|---|---|\n| Karpenter | EC2 Fleet |\n| Cluster Autoscaler | Auto Scaling groups |\n");
    const text = sections[0]!.text;
    expect(text).toContain("Karpenter | EC2 Fleet · Cluster Autoscaler");
    expect(text).not.toContain("FleetCluster");
  });
});
