/** Strings of the instructor's content editor, in both languages (imported only by the editor pages). */
import type { Locale } from "./locales";

export const editorEn = {
  edit: "Edit",
  editLesson: "Edit this lesson",
  title: (name: string) => `Edit: ${name}`,
  intro: "Type on the left; the preview is rendered on the server by the same pipeline as the lesson page, and the content check runs as you type.",
  languages: "Language",
  languageName: { en: "English", zh: "Chinese (简体中文)" } as Record<Locale, string>,
  source: (language: string) => `${language} source (MDX)`,
  preview: (language: string) => `${language} preview`,
  file: "File",
  problems: (n: number) => (n === 0 ? "No problems found." : n === 1 ? "1 problem" : `${n} problems`),
  line: (n: number) => `Line ${n}`,
  checking: "Checking…",
  stale: "The preview shows the last version that compiled.",
  previewBlocked: "The preview is not rendered until the problems above are fixed.",
  save: "Save",
  saving: "Saving…",
  saved: "Saved. The lesson page reloads with the change.",
  saveFailed: (message: string) => `Not saved: ${message}`,
  copy: "Copy",
  copied: "Copied to the clipboard.",
  copyFailed: "Copying failed: select the text and copy it by hand.",
  download: "Download",
  repository: "Edit on the repository",
  productionNote: "This is a production build: nothing is written here. Copy or download the text and commit it, or edit it on the repository.",
  devNote: "Development server: Save writes the file in content/, and live reload shows it.",
  switchPlain: "Use a plain text area",
  switchCode: "Use the code editor",
  backToLesson: "Back to the lesson",
  unchanged: "Unchanged",
  changed: "Changed, not saved",
};

export type EditorMessages = typeof editorEn;

const editorZh: EditorMessages = {
  edit: "编辑",
  editLesson: "编辑本课",
  title: (name) => `编辑：${name}`,
  intro: "在左侧输入；预览由服务器用与课程页面相同的流程渲染，内容检查随输入运行。",
  languages: "语言",
  languageName: { en: "英文（English）", zh: "简体中文" },
  source: (language) => `${language}源文件（MDX）`,
  preview: (language) => `${language}预览`,
  file: "文件",
  problems: (n) => (n === 0 ? "未发现问题。" : `${n} 个问题`),
  line: (n) => `第 ${n} 行`,
  checking: "正在检查…",
  stale: "预览显示的是最后一个能编译的版本。",
  previewBlocked: "修正上面的问题之后才会渲染预览。",
  save: "保存",
  saving: "正在保存…",
  saved: "已保存。课程页面会随之重新加载。",
  saveFailed: (message) => `未保存：${message}`,
  copy: "复制",
  copied: "已复制到剪贴板。",
  copyFailed: "复制失败：请选中文本手动复制。",
  download: "下载",
  repository: "在代码仓库中编辑",
  productionNote: "这是生产构建：此处不会写入任何文件。请复制或下载文本后提交，或在代码仓库中编辑。",
  devNote: "开发服务器：“保存”会写入 content/ 中的文件，实时重载会显示改动。",
  switchPlain: "使用纯文本框",
  switchCode: "使用代码编辑器",
  backToLesson: "返回课程",
  unchanged: "未修改",
  changed: "已修改，未保存",
};

export function getEditorMessages(locale: Locale): EditorMessages {
  return locale === "zh" ? editorZh : editorEn;
}
