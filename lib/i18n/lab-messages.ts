/** Strings of the manifest labs: the lab panel and the engine's feedback, in both languages. */
import type { Locale } from "./locales";
import type { ManifestProblemCode } from "../labs/manifest";
import type { SchemaIssue } from "../labs/validate";

const en = {
  lab: "Hands-on lab",
  scenario: "Scenario",
  source: "Official documentation",
  editorLabel: (title: string) => `Manifest for: ${title}`,
  editorHelp: "Write the YAML manifest. Tab inserts spaces; press Escape then Tab to leave the editor.",
  plainSwitch: "Plain text editor",
  codeSwitch: "Code editor",
  check: "Check",
  checking: "Checking…",
  reset: "Reset to starter",
  resetConfirm: "Reset the editor to the starter manifest? Your changes will be lost.",
  reveal: "Show the solution",
  revealAfter: (n: number) => `The solution can be shown after ${n} failed checks, or now if you ask for it.`,
  revealConfirm: "Show the reference solution now? The lab will count as revealed.",
  revealing: "Loading the solution…",
  solution: "Reference solution",
  explanation: "Why it works",
  copySolution: "Put the solution in the editor",
  feedback: "Feedback",
  passedAll: "Every check passes. Lab solved!",
  notChecked: "The checks did not run: fix the YAML first.",
  passedCount: (passed: number, total: number) => `${passed} of ${total} checks pass.`,
  checkPassed: "passed",
  checkFailed: "failed",
  problemsTitle: (n: number) => (n === 1 ? "1 problem in the manifest" : `${n} problems in the manifest`),
  line: (line: number) => `Line ${line}`,
  noDocument: (kind: string, name?: string) => (name ? `There is no ${kind} named ${name} in the manifest.` : `There is no ${kind} in the manifest.`),
  solved: "Solved",
  attempted: "Attempted",
  notStarted: "Not started",
  attempts: (n: number) => (n === 1 ? "1 check so far" : `${n} checks so far`),
  error: "The check could not run. Try again.",
  labsTitle: "Labs",
  labsSummary: (solved: number, total: number) => `${solved} of ${total} labs solved`,
  missedLabsTitle: "Labs to retry",
  missedLabsEmpty: "No lab is waiting for a retry.",
  retry: "Retry",
  allLabs: "All labs",
  manifest: {
    too_large: (d?: string) => `The manifest is larger than ${Math.round(Number(d) / 1024)} KiB.`,
    too_many_documents: (d?: string) => `The manifest has more than ${d} documents.`,
    yaml_syntax: (d?: string) => `YAML syntax: ${d ?? "does not parse"}`,
    alias_limit: () => "Too many YAML aliases (a manifest needs none).",
    too_deep: (d?: string) => `The YAML nests more than ${d} levels deep.`,
    not_a_mapping: () => "Each document must be a mapping (apiVersion, kind, metadata, …).",
    empty: () => "The manifest is empty.",
  } satisfies Record<ManifestProblemCode, (detail?: string) => string>,
  schema: (i: SchemaIssue): string => {
    const at = i.path || "the document";
    switch (i.code) {
      case "unknown_field":
        return `\`${i.path}\` is not a field${i.detail ? `; did you mean \`${i.detail}\`?` : "."}`;
      case "missing_field":
        return `\`${i.path ? `${i.path}.` : ""}${i.field}\` is required.`;
      case "wrong_type":
        return `\`${at}\` must be ${i.detail === "integer | string" ? "an integer or a string" : `of type ${i.detail}`}.`;
      case "not_allowed":
        return `\`${at}\` must be one of: ${i.detail}${i.field ? ` (did you mean \`${i.field}\`?)` : "."}`;
      case "unknown_kind":
        return `${i.field} is not an API this course validates${i.detail ? `; did you mean \`${i.detail}\`?` : "."}`;
      case "missing_kind":
        return "Every document needs apiVersion and kind.";
      case "invalid_value":
        return `\`${at}\`: ${i.detail ?? "invalid value"}.`;
    }
  },
};

type LabMessages = typeof en;

const zh: LabMessages = {
  lab: "动手实验",
  scenario: "场景",
  source: "官方文档",
  editorLabel: (title) => `清单：${title}`,
  editorHelp: "编写 YAML 清单。Tab 键插入空格；先按 Esc 再按 Tab 可离开编辑器。",
  plainSwitch: "纯文本编辑器",
  codeSwitch: "代码编辑器",
  check: "检查",
  checking: "正在检查…",
  reset: "恢复初始清单",
  resetConfirm: "要把编辑器恢复为初始清单吗？你的修改将丢失。",
  reveal: "显示答案",
  revealAfter: (n) => `检查失败 ${n} 次后可以查看答案，也可以现在主动查看。`,
  revealConfirm: "现在显示参考答案吗？本实验将记为已查看答案。",
  revealing: "正在加载答案…",
  solution: "参考答案",
  explanation: "为什么这样写",
  copySolution: "把答案放入编辑器",
  feedback: "反馈",
  passedAll: "所有检查都通过了。实验完成！",
  notChecked: "检查没有运行：请先修正 YAML。",
  passedCount: (passed, total) => `${total} 项检查中通过 ${passed} 项。`,
  checkPassed: "通过",
  checkFailed: "未通过",
  problemsTitle: (n) => `清单中有 ${n} 个问题`,
  line: (line) => `第 ${line} 行`,
  noDocument: (kind, name) => (name ? `清单中没有名为 ${name} 的 ${kind}。` : `清单中没有 ${kind}。`),
  solved: "已完成",
  attempted: "已尝试",
  notStarted: "未开始",
  attempts: (n) => `已检查 ${n} 次`,
  error: "检查未能运行，请重试。",
  labsTitle: "实验",
  labsSummary: (solved, total) => `${total} 个实验中已完成 ${solved} 个`,
  missedLabsTitle: "待重做的实验",
  missedLabsEmpty: "没有需要重做的实验。",
  retry: "重做",
  allLabs: "全部实验",
  manifest: {
    too_large: (d) => `清单超过 ${Math.round(Number(d) / 1024)} KiB。`,
    too_many_documents: (d) => `清单包含的文档超过 ${d} 个。`,
    yaml_syntax: (d) => `YAML 语法错误：${d ?? "无法解析"}`,
    alias_limit: () => "YAML 别名过多（清单不需要别名）。",
    too_deep: (d) => `YAML 嵌套超过 ${d} 层。`,
    not_a_mapping: () => "每个文档都必须是映射（apiVersion、kind、metadata 等）。",
    empty: () => "清单是空的。",
  },
  schema: (i) => {
    const at = i.path || "文档";
    switch (i.code) {
      case "unknown_field":
        return `\`${i.path}\` 不是有效字段${i.detail ? `；你是不是想写 \`${i.detail}\`？` : "。"}`;
      case "missing_field":
        return `缺少必填字段 \`${i.path ? `${i.path}.` : ""}${i.field}\`。`;
      case "wrong_type":
        return `\`${at}\` 的类型应为 ${i.detail === "integer | string" ? "整数或字符串" : i.detail}。`;
      case "not_allowed":
        return `\`${at}\` 只能是以下值之一：${i.detail}${i.field ? `（你是不是想写 \`${i.field}\`？）` : "。"}`;
      case "unknown_kind":
        return `${i.field} 不是本课程校验的 API${i.detail ? `；你是不是想写 \`${i.detail}\`？` : "。"}`;
      case "missing_kind":
        return "每个文档都需要 apiVersion 和 kind。";
      case "invalid_value":
        return `\`${at}\` 的值无效：${i.detail ?? ""}`;
    }
  },
};

export function getLabMessages(locale: Locale): LabMessages {
  return locale === "zh" ? zh : en;
}
export type { LabMessages };
