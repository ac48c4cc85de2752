import type { Locale } from "./locales";

/** Strings of the reading side: diagrams, the 404 page, search results, progress marks and print. */
const en = {
  diagram: {
    enlarge: "Full screen",
    enlargeLabel: (caption: string) => `Open “${caption}” full screen`,
    scrollHint: "Scroll sideways to see the whole diagram.",
    region: (caption: string) => `Diagram: ${caption} (scrolls sideways)`,
    close: "Close",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    reset: "Fit",
    zoomLevel: "Zoom",
    keys: "Keys: + and − zoom, 0 fits, arrow keys pan, Esc closes.",
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. It may have moved, or the link may be mistyped.",
    search: "Search the course",
    home: "Course home",
    where: "Where to next",
    glossary: "Glossary",
    practice: "Practice questions",
    modules: "Modules",
  },
  search: {
    kindLesson: "Lesson",
    kindGlossary: "Glossary",
    kindQuestion: "Practice question",
    more: (n: number) => `Show ${n} more`,
  },
  progress: {
    done: "completed",
    practiseModule: "Practise this module",
    continue: "Continue: {lesson}",
    review: "Start again from the first lesson",
    allDone: "You have completed every lesson.",
  },
  print: { button: "Print / save as PDF" },
  account: "Account",
};

export type ReadingMessages = typeof en;

const zh: ReadingMessages = {
  diagram: {
    enlarge: "全屏查看",
    enlargeLabel: (caption: string) => `全屏查看“${caption}”`,
    scrollHint: "左右滑动可查看完整图表。",
    region: (caption: string) => `图表：${caption}（可左右滚动）`,
    close: "关闭",
    zoomIn: "放大",
    zoomOut: "缩小",
    reset: "适应屏幕",
    zoomLevel: "缩放",
    keys: "按键：+ 和 − 缩放，0 适应屏幕，方向键平移，Esc 关闭。",
  },
  notFound: {
    title: "页面不存在",
    body: "这个地址没有页面。它可能已被移动，或者链接输错了。",
    search: "搜索课程",
    home: "课程首页",
    where: "接下来去哪里",
    glossary: "术语表",
    practice: "练习题",
    modules: "模块",
  },
  search: {
    kindLesson: "课程",
    kindGlossary: "术语表",
    kindQuestion: "练习题",
    more: (n: number) => `再显示 ${n} 条`,
  },
  progress: {
    done: "已完成",
    practiseModule: "练习本模块",
    continue: "继续学习：{lesson}",
    review: "从第一节课重新开始",
    allDone: "你已完成全部课程。",
  },
  print: { button: "打印 / 另存为 PDF" },
  account: "账户",
};

export function getReadingMessages(locale: Locale): ReadingMessages {
  return locale === "zh" ? zh : en;
}
