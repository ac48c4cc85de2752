/**
 * Strings for the instructor's item analysis and classes, the invite page and the account page's
 * "Your classes", in both languages. Imported only by those pages.
 */
import type { Locale } from "./locales";
import type { AttentionReason } from "../instructor/item-stats";

const pct = (share: number) => `${Math.round(share * 100)}%`;
const r2 = (value: number) => value.toFixed(2);

export const instructorEn = {
  nav: { label: "Instructor area", overview: "Overview", items: "Item analysis", classes: "Classes" },
  items: {
    title: "Item analysis",
    intro: "How each question version performs with learners: which questions work, which are too easy or too hard, and which options mislead strong learners.",
    countsTitle: "Which answers count",
    counts: [
      "Practice, “retake what I missed” and exam attempts; not review sessions (those show questions a learner already missed, on purpose).",
      "An exam counts only once it is submitted or its time is up: answers in an exam still open never appear here.",
      "Each learner's first answer to a question version only; later answers measure memory of the feedback, not the question.",
    ],
    definitionsTitle: "What the numbers mean",
    definitions: {
      facility: "Facility: the share of counted answers that were right (0–100%).",
      discrimination: "Discrimination: the point-biserial correlation between getting this question right and the learner's score on the other questions of the same attempt (−1 to 1; above 0.2 is good, below 0.1 says the question does not separate stronger from weaker learners). Attempts with a single answer have no “rest” and are left out of it.",
      time: "Median time: the middle value of the time between the learner's previous answer in the attempt (or its start) and their first answer to this question. Gaps over 10 minutes are breaks and are left out.",
      flags: "Flag rate: the share of counted answers whose question the learner flagged for review.",
      strong: "Strong learners: the top 27% of a question's respondents by their score on the rest of the attempt.",
    },
    filters: "Filters",
    module: "Module",
    allModules: "All modules",
    type: "Type",
    allTypes: "All types",
    types: { single: "Single answer", multiple: "Multiple response", ordering: "Ordering", matching: "Matching" } as Record<string, string>,
    version: "Version",
    currentVersions: "Current versions",
    allVersions: "All versions",
    versionN: (n: number) => `Version ${n}`,
    apply: "Apply",
    csv: "Download CSV",
    attentionTitle: "Needs attention",
    attentionIntro: (min: number) => `Questions with at least ${min} counted answers and something to look at.`,
    noAttention: "Nothing needs attention with these filters.",
    allTitle: "All question versions",
    none: "No counted answers match these filters yet.",
    summary: (n: number, answers: number) => `${n} question versions, ${answers} counted answers.`,
    responses: "Answers",
    facility: "Facility",
    discrimination: "Discrimination",
    medianTime: "Median time",
    flagRate: "Flag rate",
    picks: "Choices",
    notEnough: "—",
    seconds: (s: number) => `${s.toFixed(1)} s`,
    view: "View question",
    source: "Source",
    current: "current",
    old: "older version",
    key: "key",
    position: (p: number) => `#${p}`,
    reason: (r: AttentionReason): string => {
      switch (r.code) {
        case "too_hard":
          return `Almost nobody gets it right (facility ${pct(r.facility)}).`;
        case "too_easy":
          return `Almost everybody gets it right (facility ${pct(r.facility)}).`;
        case "negative_discrimination":
          return `Stronger learners do worse on it than weaker ones (discrimination ${r2(r.discrimination)}): check the key.`;
        case "low_discrimination":
          return `It barely separates stronger from weaker learners (discrimination ${r2(r.discrimination)}).`;
        case "unused_distractor":
          return `Nobody picks option ${r.option}: the distractor does no work.`;
        case "strong_prefer_distractor":
          return `Strong learners pick option ${r.option} (${r.picks}) more than the key (${r.keyPicks}).`;
      }
    },
  },
  question: {
    title: (id: string) => `Question ${id}`,
    version: (v: number, current: boolean) => `Version ${v}${current ? " (current)" : ""}`,
    file: "Authored in",
    noFile: "This question is no longer in content/questions (retired).",
    options: "Options",
    correct: "Correct",
    matchesWith: "Matches",
    orderNote: "Ordering questions are authored in their correct order.",
    explanation: "Explanation",
    reference: "Reference",
    back: "Back to item analysis",
    difficulty: (d: number) => `Difficulty ${d}`,
  },
  classes: {
    title: "Classes",
    intro: "Create a class and share its invite link. Learners who join with an account show up here with their progress; they see exactly what you see about them, and can leave at any time.",
    create: "Create a class",
    name: "Class name",
    createButton: "Create",
    created: (name: string) => `Class “${name}” created.`,
    none: "You have no classes yet.",
    members: (n: number) => (n === 1 ? "1 learner" : `${n} learners`),
    inviteCode: "Invite code",
    inviteLink: "Invite link",
    copy: "Copy link",
    copied: "Link copied.",
    open: "Open",
    learners: "Learners",
    noMembers: "Nobody has joined yet. Share the invite link.",
    learner: "Learner",
    joined: "Joined",
    lessons: "Lessons",
    practice: "Practice",
    exam: "Exams",
    readiness: "Readiness",
    reviewDue: "Due for review",
    lastActive: "Last active",
    never: "never",
    practiceSummary: (attempts: number, average: number | null) => (attempts ? `${attempts} · average ${average}%` : "none"),
    examSummary: (attempts: number, latest: number | null, best: number | null) => (attempts ? `${attempts} · latest ${latest}% · best ${best}%` : "none"),
    readinessValue: (p: number | null) => (p === null ? "not enough data" : `${Math.round(p * 100)}% chance to pass`),
    perModule: "Lessons completed and latest answers right, per module",
    answersRight: (correct: number, answered: number) => `${correct}/${answered} right`,
    weakest: "Weakest modules",
    weakestIntro: "Share of the class's latest answers that are right, per module (modules with at least 5 answers).",
    noWeakest: "Not enough answers yet.",
    mostMissed: "Most-missed questions",
    missedBy: (n: number) => (n === 1 ? "1 learner" : `${n} learners`),
    noMissed: "No missed questions yet.",
    csv: "Download CSV",
    delete: "Delete class",
    deleteConfirm: "Delete this class? Learners are removed from it; their own progress is kept.",
    deleted: "Class deleted.",
    error: "That did not work. Try again.",
    back: "All classes",
  },
  join: {
    title: "Join a class",
    intro: (name: string, instructor: string) => `${instructor} invites you to the class “${name}”.`,
    shares: "If you join, your instructor sees your display name and email, when you joined, the lessons you completed per module, how many of your latest answers are right per module, your practice and exam scores, your readiness estimate, how many questions are due for review and when you were last active. Never your individual answers or bookmarks. You can leave at any time from your account page.",
    button: "Join the class",
    joined: (name: string) => `You joined “${name}”.`,
    already: "You are in this class.",
    own: "You teach this class.",
    unknown: "This invite link is not valid. Ask your instructor for a new one.",
    toAccount: "See your classes",
  },
  account: {
    title: "Your classes",
    intro: "Each class's instructor sees exactly this about you, and nothing else.",
    none: "You are not in any class. An instructor's invite link adds you to one.",
    instructor: (name: string) => `Instructor: ${name}`,
    leave: "Leave this class",
    left: "You left the class.",
  },
};

export type InstructorMessages = typeof instructorEn;

export const instructorZh: InstructorMessages = {
  nav: { label: "讲师专区", overview: "概览", items: "题目分析", classes: "班级" },
  items: {
    title: "题目分析",
    intro: "每道题每个版本在学员中的表现：哪些题有效，哪些太易或太难，哪些选项误导了优秀学员。",
    countsTitle: "统计哪些作答",
    counts: [
      "练习、“重做错题”和考试中的作答；不含复习（复习有意展示学员已答错的题目）。",
      "考试只有在交卷或到时后才计入：仍在进行中的考试的作答绝不会出现在这里。",
      "每位学员对每个题目版本只计第一次作答；之后的作答测的是对反馈的记忆，而不是题目本身。",
    ],
    definitionsTitle: "各项数值的含义",
    definitions: {
      facility: "通过率：计入的作答中答对的比例（0–100%）。",
      discrimination: "区分度：答对本题与该学员在同一次测验中其余题目得分之间的点二列相关（−1 到 1；高于 0.2 为好，低于 0.1 说明这道题分不出学员的强弱）。只有一道作答的测验没有“其余题目”，不参与计算。",
      time: "用时中位数：从学员在本次测验中的上一次作答（或测验开始）到首次回答本题之间的时间的中间值。超过 10 分钟的间隔视为休息，不计入。",
      flags: "标记率：计入的作答中，学员把题目标记为待复查的比例。",
      strong: "优秀学员：按本次测验其余题目得分排在前 27% 的作答者。",
    },
    filters: "筛选",
    module: "模块",
    allModules: "全部模块",
    type: "题型",
    allTypes: "全部题型",
    types: { single: "单选题", multiple: "多选题", ordering: "排序题", matching: "匹配题" },
    version: "版本",
    currentVersions: "当前版本",
    allVersions: "全部版本",
    versionN: (n: number) => `第 ${n} 版`,
    apply: "应用",
    csv: "下载 CSV",
    attentionTitle: "需要关注",
    attentionIntro: (min: number) => `计入作答至少 ${min} 次、且有问题值得查看的题目。`,
    noAttention: "在这些筛选条件下没有需要关注的题目。",
    allTitle: "全部题目版本",
    none: "还没有符合这些筛选条件的计入作答。",
    summary: (n: number, answers: number) => `${n} 个题目版本，共 ${answers} 次计入作答。`,
    responses: "作答数",
    facility: "通过率",
    discrimination: "区分度",
    medianTime: "用时中位数",
    flagRate: "标记率",
    picks: "选择分布",
    notEnough: "—",
    seconds: (s: number) => `${s.toFixed(1)} 秒`,
    view: "查看题目",
    source: "源文件",
    current: "当前版本",
    old: "旧版本",
    key: "正确答案",
    position: (p: number) => `第 ${p} 位`,
    reason: (r: AttentionReason): string => {
      switch (r.code) {
        case "too_hard":
          return `几乎没人答对（通过率 ${pct(r.facility)}）。`;
        case "too_easy":
          return `几乎人人答对（通过率 ${pct(r.facility)}）。`;
        case "negative_discrimination":
          return `优秀学员反而比薄弱学员答得差（区分度 ${r2(r.discrimination)}）：请检查答案。`;
        case "low_discrimination":
          return `几乎分不出学员的强弱（区分度 ${r2(r.discrimination)}）。`;
        case "unused_distractor":
          return `没有人选选项 ${r.option}：这个干扰项没有起作用。`;
        case "strong_prefer_distractor":
          return `优秀学员选选项 ${r.option}（${r.picks} 次）多于正确答案（${r.keyPicks} 次）。`;
      }
    },
  },
  question: {
    title: (id: string) => `题目 ${id}`,
    version: (v: number, current: boolean) => `第 ${v} 版${current ? "（当前）" : ""}`,
    file: "源文件位置",
    noFile: "这道题已不在 content/questions 中（已停用）。",
    options: "选项",
    correct: "正确",
    matchesWith: "匹配",
    orderNote: "排序题按正确顺序编写。",
    explanation: "解析",
    reference: "参考资料",
    back: "返回题目分析",
    difficulty: (d: number) => `难度 ${d}`,
  },
  classes: {
    title: "班级",
    intro: "创建班级并分享邀请链接。用账户加入的学员会带着学习进度出现在这里；他们能看到你看到的关于他们的全部内容，并可随时退出。",
    create: "创建班级",
    name: "班级名称",
    createButton: "创建",
    created: (name: string) => `已创建班级“${name}”。`,
    none: "你还没有班级。",
    members: (n: number) => `${n} 名学员`,
    inviteCode: "邀请码",
    inviteLink: "邀请链接",
    copy: "复制链接",
    copied: "链接已复制。",
    open: "打开",
    learners: "学员",
    noMembers: "还没有人加入。请分享邀请链接。",
    learner: "学员",
    joined: "加入时间",
    lessons: "课程",
    practice: "练习",
    exam: "考试",
    readiness: "备考程度",
    reviewDue: "待复习",
    lastActive: "最近活动",
    never: "从未",
    practiceSummary: (attempts: number, average: number | null) => (attempts ? `${attempts} 次 · 平均 ${average}%` : "无"),
    examSummary: (attempts: number, latest: number | null, best: number | null) => (attempts ? `${attempts} 次 · 最近 ${latest}% · 最好 ${best}%` : "无"),
    readinessValue: (p: number | null) => (p === null ? "数据不足" : `通过概率 ${Math.round(p * 100)}%`),
    perModule: "各模块已完成的课程数与最近作答的答对数",
    answersRight: (correct: number, answered: number) => `答对 ${correct}/${answered}`,
    weakest: "最薄弱的模块",
    weakestIntro: "全班最近作答中答对的比例，按模块统计（至少 5 次作答的模块）。",
    noWeakest: "作答还不够多。",
    mostMissed: "错误最多的题目",
    missedBy: (n: number) => `${n} 名学员`,
    noMissed: "还没有答错的题目。",
    csv: "下载 CSV",
    delete: "删除班级",
    deleteConfirm: "删除这个班级？学员会被移出班级，他们自己的学习进度保留。",
    deleted: "班级已删除。",
    error: "操作没有成功，请重试。",
    back: "全部班级",
  },
  join: {
    title: "加入班级",
    intro: (name: string, instructor: string) => `${instructor} 邀请你加入班级“${name}”。`,
    shares: "加入后，讲师能看到你的显示名称和邮箱、加入时间、各模块已完成的课程、各模块最近作答的答对数、练习和考试成绩、备考程度估计、待复习题目数量以及最近活动时间。绝不会看到你的具体作答或书签。你可以随时在账户页面退出。",
    button: "加入班级",
    joined: (name: string) => `你已加入“${name}”。`,
    already: "你已在这个班级中。",
    own: "这是你教的班级。",
    unknown: "这个邀请链接无效。请向讲师索取新的链接。",
    toAccount: "查看你的班级",
  },
  account: {
    title: "你的班级",
    intro: "每个班级的讲师看到的关于你的内容就是下面这些，别无其他。",
    none: "你还没有加入任何班级。讲师的邀请链接可以把你加入班级。",
    instructor: (name: string) => `讲师：${name}`,
    leave: "退出这个班级",
    left: "你已退出该班级。",
  },
};

export function getInstructorMessages(locale: Locale): InstructorMessages {
  return locale === "zh" ? instructorZh : instructorEn;
}
