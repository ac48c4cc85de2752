import type { Locale } from "./locales";

const en = {
  siteName: "EKS Exam Prep",
  siteTagline: "Amazon EKS for AWS certification exams, in English and Chinese",
  skipToContent: "Skip to content",
  nav: { course: "Course", glossary: "Glossary", primary: "Main navigation" },
  home: {
    title: "Learn Amazon EKS for the AWS exams",
    intro:
      "A free, open course on Amazon Elastic Kubernetes Service: what it is, how it is built, how it scales and balances load, and how it runs outside AWS. Every lesson is written for the certification exams and exists in English and Simplified Chinese.",
    modules: "Modules",
    start: "Start the course",
    lessonsCount: (n: number) => `${n} lesson${n === 1 ? "" : "s"}`,
    minutes: (n: number) => `${n} min`,
    weight: (n: number) => `${n}% of the exam simulation`,
  },
  module: { lessons: "Lessons", moduleN: (n: number) => `Module ${n}`, totalTime: (n: number) => `About ${n} minutes of reading` },
  lesson: {
    onThisPage: "On this page",
    previous: "Previous",
    next: "Next",
    readingProgress: "Reading progress",
    sources: "Sources",
    minutes: (n: number) => `${n} min read`,
    breadcrumbs: "Breadcrumbs",
    courseNav: "Course contents",
    pager: "Previous and next lesson",
    exams: "Exams",
  },
  callout: { exam: "Exam tip", warning: "Watch out", note: "Note" },
  diagram: {
    loading: "Loading diagram…",
    description: "Text description",
    error: "This diagram could not be drawn.",
    source: "Diagram source",
  },
  search: {
    open: "Search",
    shortcut: "Press / or Ctrl K to search",
    label: "Search lessons",
    placeholder: "Search lessons, e.g. Karpenter",
    noResults: (q: string) => `No lessons match “${q}”.`,
    results: (n: number) => `${n} result${n === 1 ? "" : "s"}`,
    close: "Close search",
    loading: "Loading the index…",
    hint: "Type at least one word. Enter opens the highlighted result; arrows move.",
  },
  theme: { label: "Colour theme", system: "System", light: "Light", dark: "Dark" },
  language: { label: "Language", switchTo: "切换到简体中文" },
  glossary: { title: "Glossary", intro: "The course's terms in English and Chinese, with short definitions.", term: "Term", chinese: "Chinese", definition: "Definition" },
  notFound: { title: "Page not found", body: "This page does not exist. It may have moved.", home: "Back to the course" },
  error: { title: "Something went wrong", body: "The page could not be shown. Try again in a moment.", retry: "Try again" },
  footer: {
    license: "Open-source course. Not affiliated with or endorsed by Amazon Web Services.",
    facts: "Facts are checked against the AWS and Kubernetes documentation linked in each lesson.",
  },
};

export type Messages = typeof en;

const zh: Messages = {
  siteName: "EKS 备考课程",
  siteTagline: "面向 AWS 认证考试的 Amazon EKS 课程，中英双语",
  skipToContent: "跳到正文",
  nav: { course: "课程", glossary: "术语表", primary: "主导航" },
  home: {
    title: "为 AWS 认证考试学习 Amazon EKS",
    intro:
      "一门免费、开源的 Amazon Elastic Kubernetes Service 课程：它是什么、如何构建、如何扩缩容与负载均衡，以及如何在 AWS 之外运行。每节课都围绕认证考试编写，并提供英文与简体中文两个版本。",
    modules: "模块",
    start: "开始学习",
    lessonsCount: (n: number) => `${n} 节课`,
    minutes: (n: number) => `${n} 分钟`,
    weight: (n: number) => `占模拟考试的 ${n}%`,
  },
  module: { lessons: "课程列表", moduleN: (n: number) => `模块 ${n}`, totalTime: (n: number) => `阅读约需 ${n} 分钟` },
  lesson: {
    onThisPage: "本页内容",
    previous: "上一节",
    next: "下一节",
    readingProgress: "阅读进度",
    sources: "参考资料",
    minutes: (n: number) => `阅读约 ${n} 分钟`,
    breadcrumbs: "面包屑导航",
    courseNav: "课程目录",
    pager: "上一节与下一节",
    exams: "相关考试",
  },
  callout: { exam: "考试提示", warning: "注意", note: "说明" },
  diagram: {
    loading: "正在加载图表……",
    description: "文字说明",
    error: "无法绘制此图表。",
    source: "图表源码",
  },
  search: {
    open: "搜索",
    shortcut: "按 / 或 Ctrl K 搜索",
    label: "搜索课程",
    placeholder: "搜索课程，例如：扩缩容",
    noResults: (q: string) => `没有与“${q}”匹配的课程。`,
    results: (n: number) => `共 ${n} 条结果`,
    close: "关闭搜索",
    loading: "正在加载索引……",
    hint: "至少输入一个词。按 Enter 打开高亮的结果，方向键切换。",
  },
  theme: { label: "配色", system: "跟随系统", light: "浅色", dark: "深色" },
  language: { label: "语言", switchTo: "Switch to English" },
  glossary: { title: "术语表", intro: "课程中使用的中英文术语及简要释义。", term: "术语", chinese: "中文", definition: "释义" },
  notFound: { title: "页面不存在", body: "找不到这个页面，它可能已被移动。", home: "返回课程" },
  error: { title: "出错了", body: "页面暂时无法显示，请稍后重试。", retry: "重试" },
  footer: {
    license: "开源课程，与 Amazon Web Services 无关联，也未获其认可。",
    facts: "课程中的事实均已对照各节课所链接的 AWS 与 Kubernetes 官方文档核实。",
  },
};

const messages: Record<Locale, Messages> = { en, zh };

export function getMessages(locale: Locale): Messages {
  return messages[locale];
}
