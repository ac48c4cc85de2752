import { describe, expect, it } from "vitest";
import { buildIndex, makeSnippet, search, tokenize, type SearchDocument } from "@/lib/search/engine";

const docs: SearchDocument[] = [
  { href: "/zh/learn/autoscaling/vpa-and-hpa#公式", lesson: "VPA 与 HPA", module: "自动扩缩容", heading: "公式", text: "水平 Pod 自动扩缩器根据 CPU 利用率调整副本数量。" },
  { href: "/zh/learn/autoscaling/karpenter", lesson: "Karpenter 与集群自动扩缩器", module: "自动扩缩容", heading: null, text: "Karpenter 直接调用 EC2 Fleet 启动节点。" },
  { href: "/en/learn/load-balancing/targets", lesson: "Target types", module: "Load balancing", heading: "IP targets", text: "Fargate requires IP targets because there is no node to route to." },
  { href: "/en/learn/architecture/control-plane", lesson: "The managed control plane", module: "Architecture", heading: null, text: "etcd runs across three Availability Zones." },
];
const index = buildIndex(docs);

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
  it("requires every term (AND)", () => {
    expect(search(index, "Karpenter Fargate")).toEqual([]);
    expect(search(index, "fargate ip")[0]?.doc.href).toBe(docs[2]!.href);
  });
  it("matches the last word as a prefix while typing", () => {
    expect(search(index, "avail")[0]?.doc.href).toBe(docs[3]!.href);
    expect(search(index, "avail ")).toEqual([]);
  });
  it("ranks title matches above body matches", () => {
    const extra = buildIndex([...docs, { href: "/x", lesson: "Other", module: "M", heading: null, text: "Karpenter is mentioned once." }]);
    expect(search(extra, "karpenter")[0]?.doc.href).toBe(docs[1]!.href);
  });
  it("returns nothing for an empty or punctuation-only query", () => {
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "？！")).toEqual([]);
  });
});

describe("makeSnippet", () => {
  it("shows text around the first match", () => {
    const text = `${"x".repeat(200)} Karpenter ${"y".repeat(200)}`;
    const snippet = makeSnippet(text, "karpenter", 20);
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet).toContain("Karpenter");
    expect(snippet.length).toBeLessThan(50);
  });
});
