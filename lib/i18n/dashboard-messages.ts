/**
 * The dashboard's and bookmarks' strings, in both languages. Kept beside messages.ts (which includes
 * them as its `dashboard` and `bookmarks` sections) so neither file grows past a readable length.
 */
import type { AttemptMode } from "../quiz/api-types";
import type { Locale } from "./locales";

const pct = (p: number) => `${Math.round(p * 100)}%`;

export const dashboardEn = {
  title: "Your dashboard",
  intro: "Where you stand against the exam, what to do next, and how your scores have moved.",
  emptyTitle: "Nothing here yet",
  emptyBody: "Read a lesson or answer some questions in Practice: your progress, scores and readiness estimate will appear here.",
  startCourse: "Start the course",
  goPractice: "Go to Practice",
  guestNotice: "Your progress is kept on this device only.",
  guestAction: "Create a free account to keep it everywhere",
  progressTitle: "Progress",
  overallLessons: (done: number, total: number) => `${done} of ${total} lessons complete`,
  overallQuestions: (right: number, answered: number) =>
    answered === 0 ? "No questions answered yet" : `${right} of ${answered} questions right (latest answer to each)`,
  continueTitle: "Continue where you left off",
  continueAttempt: (mode: string) => `Resume your unfinished ${mode.toLowerCase()}`,
  continueLesson: "Next lesson",
  startLesson: "Start with the first lesson",
  finished: "You have completed every lesson. Test yourself with a full exam simulation.",
  modes: { practice: "Practice", exam: "Exam simulation", missed: "Retake of missed questions", review: "Review" } satisfies Record<AttemptMode, string>,
  allModules: "All modules",
  chosenQuestions: "Chosen questions",
  recentTitle: "Recent attempts",
  recentEmpty: "No submitted quizzes yet.",
  columns: { date: "Date", quiz: "Quiz", score: "Score", scaled: "Scaled estimate", module: "Module", answers: "Answers", strength: "Strength", chance: "Chance of ≥ 70%" },
  historyTitle: "Score history",
  historyCaption: "Your score in each submitted quiz, oldest to newest. The dashed line marks the assumed 70% pass mark; squares are exam simulations.",
  historyEmpty: "No scores yet: answer some questions in Practice and finish the quiz to see your scores here.",
  passMark: "pass 70%",
  showTable: "Show the data as a table",
  strengthTitle: "Strength by module",
  strengthCaption: "Share of right answers in each module, recent answers counting more (an answer loses half its weight every 14 days). The dashed line is 70%.",
  strengthEmpty: "No answers yet: answer some questions in Practice to see your strength in each module.",
  noAnswers: "no answers yet",
  readinessTitle: "Readiness estimate",
  estimate: "Estimate",
  overallChance: (p: number) => `Estimated chance of passing: ${pct(p)}`,
  expectedScore: (score: number, sd: number) => `Expected exam score about ${pct(score)} (± ${pct(sd)})`,
  notEnoughData: "Not enough data",
  notEnoughOverall: "Not enough data for an overall estimate yet: answer at least 5 questions in modules that make up half of the exam.",
  bands: { likely: "likely to pass", borderline: "borderline", unlikely: "not ready yet", unknown: "not enough data" },
  howTitle: "How is this estimated?",
  howShort:
    "From your latest answer to each question, recent ones counting more. For each module we work out how sure we can be that your accuracy is at least 70%; the modules are then combined with the exam's weights, allowing for the luck of a 65-question exam. It is a rough guide, not a promise.",
  readMethod: "Read the full method",
  suggestionTitle: "Study next",
  suggestionNone: "Answer some questions and a suggestion for your weakest module will appear here.",
  weakest: (module: string) => `Your weakest module so far: ${module}.`,
  readLesson: (title: string) => `Read: ${title}`,
  practiseModule: (module: string) => `Practise ${module}`,
  reviewDue: (n: number) => `Review ${n} question${n === 1 ? "" : "s"} due now`,
  method: {
    title: "How the readiness estimate works",
    intro:
      "The dashboard estimates how likely you are to pass, per module and overall. It is an estimate from your own answers in this course, not a prediction from AWS: the real exam has its own questions and its own scoring.",
    back: "Back to the dashboard",
    sections: [
      {
        heading: "1. Which answers count",
        body: "Each question counts once, by your latest answer to it, so practising one question many times does not swamp the rest. Recent answers weigh more: an answer loses half its weight every 14 days, so what you knew a month ago counts a quarter as much as what you know today.",
      },
      {
        heading: "2. Each module",
        body: "We start with no opinion about your accuracy in a module (any value from 0% to 100% equally likely) and update it with your weighted right and wrong answers (a Beta distribution). The module's number is the probability that your true accuracy there is at least 70%, the pass mark the course assumes. With fewer than 5 answers in a module we say “not enough data” instead of a number.",
      },
      {
        heading: "3. Overall",
        body: "The modules are combined with the same weights the exam simulation uses to draw its questions, giving an expected exam score. Its uncertainty adds up what we do not yet know about each module and the luck of which 65 questions you get. The chance of passing is the probability that the score reaches 70% (46 of 65), by a normal approximation. Modules you have not tried count as 50% with wide uncertainty, so skipping a module lowers the estimate. The overall number appears once modules worth at least half of the exam have 5 answers or more.",
      },
      {
        heading: "4. What it cannot know",
        body: "AWS does not publish how raw scores map to its 100–1000 scale; the course assumes 70% right ≈ 720, the usual pass line. Questions here may be easier or harder than the exam's. Use the estimate to decide what to study next, not to decide that you are ready.",
      },
    ],
  },
};

export type DashboardMessages = typeof dashboardEn;

export const dashboardZh: DashboardMessages = {
  title: "学习概览",
  intro: "看看你离通过考试还有多远、下一步该学什么，以及成绩的变化趋势。",
  emptyTitle: "这里还没有内容",
  emptyBody: "阅读一节课，或在“练习”中做几道题：你的学习进度、成绩和备考就绪度估计就会显示在这里。",
  startCourse: "开始学习课程",
  goPractice: "前往练习",
  guestNotice: "你的学习进度目前只保存在这台设备上。",
  guestAction: "免费注册账户，在任何设备上继续学习",
  progressTitle: "学习进度",
  overallLessons: (done: number, total: number) => `已完成 ${done}/${total} 节课`,
  overallQuestions: (right: number, answered: number) => (answered === 0 ? "还没有答过题" : `答对 ${right}/${answered} 道题（按每道题的最近一次作答计）`),
  continueTitle: "从上次离开的地方继续",
  continueAttempt: (mode: string) => `继续未完成的${mode}`,
  continueLesson: "下一节课",
  startLesson: "从第一节课开始",
  finished: "你已完成全部课程。来一次完整的模拟考试检验一下吧。",
  modes: { practice: "练习", exam: "模拟考试", missed: "错题重做", review: "复习" },
  allModules: "全部模块",
  chosenQuestions: "指定题目",
  recentTitle: "最近的测验",
  recentEmpty: "还没有提交过测验。",
  columns: { date: "日期", quiz: "测验", score: "得分", scaled: "换算分估计", module: "模块", answers: "作答数", strength: "掌握度", chance: "达到 70% 的概率" },
  historyTitle: "成绩走势",
  historyCaption: "每次提交的测验得分，按时间从早到晚排列。虚线表示假定的 70% 及格线；方块表示模拟考试。",
  historyEmpty: "还没有成绩：在“练习”中答几道题并完成测验，成绩就会显示在这里。",
  passMark: "及格 70%",
  showTable: "以表格形式查看数据",
  strengthTitle: "各模块掌握度",
  strengthCaption: "各模块的答对比例，越近的作答权重越高（每过 14 天，一次作答的权重减半）。虚线表示 70%。",
  strengthEmpty: "还没有作答：在“练习”中答几道题，就能看到你在各模块的掌握度。",
  noAnswers: "尚无作答",
  readinessTitle: "备考就绪度估计",
  estimate: "估计值",
  overallChance: (p: number) => `估计通过概率：${pct(p)}`,
  expectedScore: (score: number, sd: number) => `预计考试得分约 ${pct(score)}（± ${pct(sd)}）`,
  notEnoughData: "数据不足",
  notEnoughOverall: "数据还不足以给出总体估计：请在合计占考试一半权重的模块中，每个模块至少答 5 道题。",
  bands: { likely: "很可能通过", borderline: "处于边缘", unlikely: "尚未准备好", unknown: "数据不足" },
  howTitle: "这个估计是怎么算的？",
  howShort:
    "依据你对每道题的最近一次作答，越近的作答权重越高。对每个模块，我们估算你的正确率至少达到 70% 的把握有多大；再按考试中各模块的权重合并，并考虑一场 65 题考试中的抽题运气。它只是粗略参考，不是保证。",
  readMethod: "查看完整的计算方法",
  suggestionTitle: "下一步学习",
  suggestionNone: "答几道题后，这里会针对你最薄弱的模块给出学习建议。",
  weakest: (module: string) => `目前最薄弱的模块：${module}。`,
  readLesson: (title: string) => `阅读：${title}`,
  practiseModule: (module: string) => `练习“${module}”`,
  reviewDue: (n: number) => `复习现在到期的 ${n} 道题`,
  method: {
    title: "备考就绪度估计的计算方法",
    intro: "学习概览会按模块和总体估计你通过考试的可能性。这是根据你在本课程中的作答得出的估计，并非来自 AWS 的预测：真实考试有自己的题目和计分方式。",
    back: "返回学习概览",
    sections: [
      {
        heading: "1. 哪些作答会被计入",
        body: "每道题只计一次，以你最近一次的作答为准，因此反复练习同一道题不会淹没其他题目。越近的作答权重越高：每过 14 天，一次作答的权重减半，所以一个月前的作答只相当于今天作答的四分之一。",
      },
      {
        heading: "2. 每个模块",
        body: "一开始我们对你在某个模块的正确率不作任何假设（0% 到 100% 之间的任何值可能性相同），再用你加权后的答对和答错次数来更新它（Beta 分布）。模块的数值，是你在该模块的真实正确率至少达到 70%（本课程假定的及格线）的概率。某个模块的作答少于 5 道时，我们只显示“数据不足”，不给出数字。",
      },
      {
        heading: "3. 总体",
        body: "各模块按模拟考试抽题时使用的相同权重合并，得出预计考试得分。它的不确定性既包括我们对各模块尚未掌握的信息，也包括你抽到哪 65 道题的运气。通过概率就是得分达到 70%（65 题中答对 46 题）的概率，采用正态近似计算。你还没做过的模块按 50% 计算，且不确定性很大，所以跳过某个模块会拉低估计值。只有当合计占考试一半以上权重的模块都至少有 5 道作答时，才会显示总体数值。",
      },
      {
        heading: "4. 它无法知道的事",
        body: "AWS 没有公布原始得分如何换算为 100–1000 分制；本课程假定答对 70% 约等于 720 分，即通常的及格线。这里的题目可能比真实考试更容易或更难。请用这个估计来决定下一步学什么，而不是用来判断自己已经准备好了。",
      },
    ],
  },
};

export const bookmarksEn = {
  bookmark: "Bookmark",
  saveFailed: "The bookmark could not be saved. Try again.",
  title: "Bookmarks",
  lessons: "Lessons",
  questions: "Questions",
  empty: "Nothing bookmarked yet. Use the Bookmark button on a lesson or a question to keep it here.",
  practise: "Practise this question",
};

export type BookmarkMessages = typeof bookmarksEn;

export const bookmarksZh: BookmarkMessages = {
  bookmark: "收藏",
  saveFailed: "收藏未能保存，请重试。",
  title: "收藏",
  lessons: "课程",
  questions: "题目",
  empty: "还没有收藏。在课程或题目上点击“收藏”按钮，就能在这里找到它。",
  practise: "练习这道题",
};

/** The dashboard's strings. Imported only where needed, so pages without a dashboard don't ship them. */
export function getDashboardMessages(locale: Locale): DashboardMessages {
  return locale === "zh" ? dashboardZh : dashboardEn;
}
