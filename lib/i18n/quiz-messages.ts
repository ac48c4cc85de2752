/**
 * The quiz namespace's strings for the exam bar, the results that teach, per-item feedback and the
 * attempt history. Spread into `quiz` in messages.ts (kept apart so the file stays readable).
 */
type Withheld = "not_an_exam" | "too_few_questions";
type ResultFilter = "all" | "wrong" | "flagged" | "unanswered";

function durationEn(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return `${h} h ${m} min`;
  if (m) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

function durationZh(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return `${h} 小时 ${m} 分钟`;
  if (m) return s ? `${m} 分 ${s} 秒` : `${m} 分钟`;
  return `${s} 秒`;
}

export const quizExtraEn = {
  chosenTitle: "Practice: chosen questions",
  // feedback per item
  pairRight: "right",
  pairWrong: "wrong",
  shouldBe: (text: string) => `should be: ${text}`,
  positionRight: "right position",
  positionWrong: (n: number) => `belongs at position ${n}`,
  // the exam bar and navigator
  examBar: "Exam progress",
  answeredOf: (answered: number, total: number) => `${answered} of ${total} answered`,
  openNavigator: "All questions",
  closeNavigator: "Close",
  navigatorKeys: "Arrow keys move between questions, Home and End jump to the first and last, Enter opens one.",
  // results
  filterLabel: "Show questions",
  filters: { all: "All", wrong: "Wrong", flagged: "Flagged", unanswered: "Unanswered" } satisfies Record<ResultFilter, string>,
  filterEmpty: "No question in this group.",
  filterShown: (n: number) => (n === 1 ? "1 question shown." : `${n} questions shown.`),
  flaggedByYou: "You flagged this question",
  timeUsed: "Time used",
  duration: durationEn,
  timeUsedOf: (used: string, limit: string) => `${used} of ${limit}`,
  timedOut: "Time ran out: the exam was submitted at its deadline, with the answers saved by then. Unsaved and unanswered questions count as wrong.",
  scaledNone: "No scaled score",
  scaledWithheld: (why: Withheld, total: number, min: number) =>
    why === "not_an_exam"
      ? `A scaled score estimates an exam result, so only an exam simulation (questions from every module, weighted like the exam) of at least ${min} questions gets one.`
      : `With ${total} question${total === 1 ? "" : "s"}, each answer moves your percentage by ${Math.round(100 / Math.max(1, total))} points: too much to estimate an exam result. Sit an exam simulation of at least ${min} questions for a scaled score.`,
  moduleChartCaption: "Percentage correct in each module in this attempt. The dashed line marks 70%.",
  showTable: "Show the data as a table",
  practiseMissed: (n: number) => `Practise what I missed in this attempt (${n})`,
  nothingMissed: "You answered every question correctly: nothing to practise from this attempt.",
  allAttempts: "All my attempts",
  // the attempt history page
  history: {
    title: "Your quiz and exam history",
    intro: "Every quiz and exam simulation you have submitted, newest first. Open one to see its questions, your answers and the explanations.",
    empty: "Nothing submitted yet. Practise a module or sit an exam simulation, and it will be listed here.",
    kindLabel: "Show",
    kinds: { all: "All attempts", exam: "Exam simulations" },
    trendTitle: "Trend",
    trendNone: "Submit at least two attempts to see a trend.",
    trend: (basis: "exam" | "all", recent: number, count: number, change: number | null, previous: number) => {
      const what = basis === "exam" ? (count === 1 ? "exam simulation" : "exam simulations") : count === 1 ? "attempt" : "attempts";
      const head = `Your last ${count === 1 ? "" : `${count} `}${what} ${count === 1 ? "scored" : "averaged"} ${recent}%`;
      if (change === null) return `${head}.`;
      if (change === 0) return `${head}, the same as the ${previous === 1 ? "one" : previous} before.`;
      return `${head}: ${Math.abs(change)} point${Math.abs(change) === 1 ? "" : "s"} ${change > 0 ? "up on" : "down on"} the ${previous === 1 ? "one" : previous} before.`;
    },
    listTitle: "Attempts",
    columns: { date: "Submitted", quiz: "Quiz", score: "Score", scaled: "Scaled (estimate)", time: "Time used" },
    timedOutShort: "time ran out",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    newer: "Newer",
    older: "Older",
    pages: "Pages",
    count: (n: number) => (n === 1 ? "1 attempt" : `${n} attempts`),
  },
};

export type QuizExtraMessages = typeof quizExtraEn;

export const quizExtraZh: QuizExtraMessages = {
  chosenTitle: "练习：选定的题目",
  pairRight: "正确",
  pairWrong: "错误",
  shouldBe: (text: string) => `应为：${text}`,
  positionRight: "位置正确",
  positionWrong: (n: number) => `应排在第 ${n} 位`,
  examBar: "考试进度",
  answeredOf: (answered: number, total: number) => `已答 ${answered}/${total} 题`,
  openNavigator: "全部题目",
  closeNavigator: "关闭",
  navigatorKeys: "用方向键在题目之间移动，Home 和 End 跳到第一题和最后一题，按 Enter 打开。",
  filterLabel: "显示题目",
  filters: { all: "全部", wrong: "答错", flagged: "已标记", unanswered: "未作答" },
  filterEmpty: "这一组没有题目。",
  filterShown: (n: number) => `显示 ${n} 道题。`,
  flaggedByYou: "你标记过这道题",
  timeUsed: "用时",
  duration: durationZh,
  timeUsedOf: (used: string, limit: string) => `${used}（限时 ${limit}）`,
  timedOut: "时间已到：试卷已在截止时自动提交，只计入截止前保存的答案。未保存和未作答的题目按答错计算。",
  scaledNone: "无换算分",
  scaledWithheld: (why: Withheld, total: number, min: number) =>
    why === "not_an_exam"
      ? `换算分是对考试成绩的估计，因此只有至少 ${min} 道题、覆盖所有模块并按考试权重出题的模拟考试才会给出。`
      : `只有 ${total} 道题时，每道题都会让正确率变化 ${Math.round(100 / Math.max(1, total))} 个百分点，波动太大，无法估计考试成绩。参加至少 ${min} 道题的模拟考试即可得到换算分。`,
  moduleChartCaption: "本次各模块的正确率。虚线表示 70%。",
  showTable: "以表格形式查看数据",
  practiseMissed: (n: number) => `练习本次答错和未答的题目（${n} 道）`,
  nothingMissed: "本次全部答对，没有需要练习的题目。",
  allAttempts: "我的全部记录",
  history: {
    title: "练习与考试记录",
    intro: "你提交过的所有练习和模拟考试，最新的在前。打开任意一次，可以查看题目、你的答案和解析。",
    empty: "还没有提交过任何练习。按模块练习或参加一次模拟考试后，记录就会出现在这里。",
    kindLabel: "显示",
    kinds: { all: "全部记录", exam: "模拟考试" },
    trendTitle: "成绩趋势",
    trendNone: "至少提交两次后才能看到趋势。",
    trend: (basis: "exam" | "all", recent: number, count: number, change: number | null, previous: number) => {
      const what = basis === "exam" ? "模拟考试" : "练习和考试";
      const head = count === 1 ? `你最近一次${what}的得分为 ${recent}%` : `你最近 ${count} 次${what}的平均分为 ${recent}%`;
      if (change === null) return `${head}。`;
      if (change === 0) return `${head}，与之前 ${previous} 次持平。`;
      return `${head}，比之前 ${previous} 次${change > 0 ? "提高" : "下降"}了 ${Math.abs(change)} 个百分点。`;
    },
    listTitle: "全部记录",
    columns: { date: "提交时间", quiz: "测验", score: "得分", scaled: "换算分（估计）", time: "用时" },
    timedOutShort: "超时自动提交",
    page: (n: number, of: number) => `第 ${n} 页，共 ${of} 页`,
    newer: "较新",
    older: "较早",
    pages: "分页",
    count: (n: number) => `共 ${n} 次`,
  },
};
