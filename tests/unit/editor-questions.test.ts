import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { presentQuestionPreview } from "@/lib/editor/question-preview";
import { checkQuestionDraft, findQuestionBlock, findQuestionModule, questionDraftSchema, readQuestionBlock, replaceQuestionBlock, saveQuestionBlock } from "@/lib/editor/questions";
import { DomainError } from "@/lib/errors";

const question = (id: string, stem = "Which one is right?") =>
  [
    `- id: ${id}`,
    "  type: single",
    "  difficulty: 1",
    "  source: https://docs.aws.amazon.com/eks/",
    "  stem:",
    `    en: ${stem}`,
    "    zh: 哪一个是对的？",
    "  options:",
    ...["a", "b", "c", "d"].flatMap((o, i) => [
      `    - id: ${o}`,
      ...(i === 0 ? ["      correct: true"] : []),
      `      text: { en: "Option ${o} ${"x".repeat(i)}", zh: "选项 ${o}" }`,
      `      explanation: { en: "Because ${o}.", zh: "因为 ${o}。" }`,
    ]),
  ].join("\n");

const bank = `${question("arch-001")}\n\n${question("arch-002", "Another?")}\n`;
let root: string;
const bankFile = () => path.join(root, "content/questions/architecture.yaml");

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "editor-questions-"));
  mkdirSync(path.join(root, "content/questions"), { recursive: true });
  writeFileSync(bankFile(), bank);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("a question's block in its bank", () => {
  it("is found by id, from its line to the next item, and replaced without touching the rest", () => {
    const found = findQuestionBlock(bank, "arch-002");
    expect(found?.startLine).toBe(question("arch-001").split("\n").length + 2);
    expect(found?.block).toBe(question("arch-002", "Another?"));
    expect(findQuestionBlock(bank, "arch-003")).toBeUndefined();
    const replaced = replaceQuestionBlock(bank, "arch-001", question("arch-001", "Edited?"));
    expect(replaced).toBe(`${question("arch-001", "Edited?")}\n\n${question("arch-002", "Another?")}\n`);
    expect(findQuestionModule("arch-002", root)).toBe("architecture");
    expect(readQuestionBlock("../questions", "arch-001", root)).toBeUndefined();
  });

  it("is checked with the content check's schema and rules, at lines counted in the block", () => {
    expect(checkQuestionDraft(question("arch-001"), "arch-001", "architecture").issues).toEqual([]);
    const broken = question("arch-001").replace("  difficulty: 1", "  difficulty: 7");
    expect(checkQuestionDraft(broken, "arch-001", "architecture").issues).toEqual([{ line: 3, message: expect.stringMatching(/^arch-001: difficulty/) }]);
    expect(checkQuestionDraft(question("arch-009"), "arch-001", "architecture").issues[0]).toEqual({ line: 1, message: expect.stringMatching(/id must stay 'arch-001'/) });
    expect(checkQuestionDraft(`${question("arch-001")}\n${question("arch-002")}`, "arch-001", "architecture").issues[0]?.message).toMatch(/exactly one question/);
    expect(checkQuestionDraft("- id: [", "arch-001", "architecture").issues[0]?.message).toMatch(/^YAML: /);
  });

  it("is presented as the quiz presents it, in both languages, with the key", () => {
    const { question: parsed } = checkQuestionDraft(question("arch-001"), "arch-001", "architecture");
    const preview = presentQuestionPreview(parsed!, "architecture");
    expect(preview.en.question.stem).toBe("Which one is right?");
    expect(preview.zh.question.stem).toBe("哪一个是对的？");
    expect(preview.en.feedback.correctOptionIds).toEqual(["o1"]);
    expect(preview.zh.feedback.explanations.o2).toBe("因为 b。");
  });

  it("is saved only under development, only as one valid question with the same id", () => {
    const edited = question("arch-002", "Edited in the browser?");
    expect(refusal(() => saveQuestionBlock({ module: "architecture", id: "arch-002", source: edited }, { root, nodeEnv: "production" }))).toEqual({ status: 404, code: "not_found" });
    expect(refusal(() => saveQuestionBlock({ module: "architecture", id: "arch-002", source: question("arch-003") }, { root, nodeEnv: "development" }))).toEqual({ status: 422, code: "invalid_question" });
    expect(refusal(() => saveQuestionBlock({ module: "architecture", id: "arch-002", source: "- id: arch-002\n  type: [" }, { root, nodeEnv: "development" }))).toEqual({ status: 422, code: "invalid_question" });
    expect(refusal(() => saveQuestionBlock({ module: "architecture", id: "arch-404", source: edited }, { root, nodeEnv: "development" }))).toEqual({ status: 404, code: "not_found" });
    expect(questionDraftSchema.safeParse({ module: "../..", id: "arch-002", source: edited }).success).toBe(false);
    expect(readFileSync(bankFile(), "utf8")).toBe(bank);
    expect(saveQuestionBlock({ module: "architecture", id: "arch-002", source: edited }, { root, nodeEnv: "development" })).toEqual({ file: "content/questions/architecture.yaml", line: question("arch-001").split("\n").length + 2 });
    expect(readFileSync(bankFile(), "utf8")).toBe(`${question("arch-001")}\n\n${edited}\n`);
  });
});
