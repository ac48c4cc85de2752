import type { Locale } from "./locales";

/**
 * Lesson-progress strings, apart from lib/i18n/messages.ts so the client islands that format them
 * (components/module-progress.tsx) load this small table rather than every page's strings.
 */
export const progressEn = {
  markComplete: "Mark as complete",
  completed: "Completed",
  saveFailed: "Your progress could not be saved. Try again.",
  lessonsLabel: (module: string, done: number, total: number) => `${module}: ${done} of ${total} lessons complete`,
  lessons: (done: number, total: number) => `${done} of ${total} lessons complete`,
  questions: (c: number, a: number, p: number) => `Questions: ${c}/${a} correct (${p}%)`,
};

export type ProgressMessages = typeof progressEn;

export const progressZh: ProgressMessages = {
  markComplete: "标记为已完成",
  completed: "已完成",
  saveFailed: "无法保存你的学习进度，请重试。",
  lessonsLabel: (module: string, done: number, total: number) => `${module}：已完成 ${total} 节课中的 ${done} 节`,
  lessons: (done: number, total: number) => `已完成 ${done}/${total} 节课`,
  questions: (c: number, a: number, p: number) => `题目：答对 ${c}/${a}（${p}%）`,
};

export function getProgressMessages(locale: Locale): ProgressMessages {
  return locale === "zh" ? progressZh : progressEn;
}
