/**
 * Strings for the certificate page, the public verification page and the offline page, in both
 * languages. Imported only by those pages (not part of messages.ts), so other pages don't ship them.
 */
import type { Locale } from "./locales";

const courseTitles: Record<string, Record<Locale, string>> = {
  "eks-exam-prep": { en: "EKS Exam Prep: Amazon EKS for the AWS certification exams", zh: "EKS 备考课程：面向 AWS 认证考试的 Amazon EKS" },
};

export function courseTitle(course: string, locale: Locale): string {
  return courseTitles[course]?.[locale] ?? course;
}

/** A date as the reader's language writes it, in UTC so every reader sees the same day. */
export function formatCertificateDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(date);
}

const en = {
  title: "Certificate",
  intro: "Finish the course and pass a full exam simulation to get a certificate anyone can verify.",
  signInNeeded: "Certificates are issued to accounts, so that anyone can verify them later.",
  signIn: "Sign in",
  signUp: "Create an account",
  requirementsTitle: "What it takes",
  lessonsRequirement: (done: number, total: number) => `Complete every lesson: ${done} of ${total} done`,
  examRequirement: (pass: number, min: number) => `Score at least ${pass} (estimated, out of 1,000) in a submitted exam simulation of ${min} or more questions at the standard pace of 2 minutes a question`,
  bestExam: (score: number) => `Your best full exam so far: ${score}`,
  noExam: "No full exam simulation submitted yet.",
  met: "Done",
  notMet: "Not yet",
  goPractice: "Take an exam simulation",
  goCourse: "Continue the course",
  issueTitle: "Issue your certificate",
  nameLabel: "Name on the certificate",
  nameHint: "Shown on the certificate and on its public verification page, with the date and the course. Not your email address.",
  issueButton: "Issue my certificate",
  issuing: "Issuing…",
  issueFailed: "The certificate could not be issued.",
  certifies: "This certifies that",
  completed: "has completed every lesson of",
  passed: (score: number, pass: number) => `and passed a full exam simulation with an estimated scaled score of ${score} (pass line ${pass}).`,
  issuedOn: (date: string) => `Issued on ${date}`,
  certificateId: "Certificate ID",
  verifyAt: "Verify at",
  print: "Print / save as PDF",
  revokeNote: "Deleting your account deletes this certificate; its verification link then stops working.",
  verifyTitle: "Certificate verification",
  verifyValid: "This certificate is valid.",
  verifyName: "Name",
  verifyCourse: "Course",
  verifyDate: "Issued on",
  verifyMissingTitle: "No such certificate",
  verifyMissing: "No certificate has this ID. It may have been mistyped, or revoked when its holder deleted their account.",
  verifyAbout: "Certificates are issued by this open-source course to learners who completed every lesson and passed a full exam simulation. They are not AWS certifications.",
  home: "Go to the course",
};

const zh: typeof en = {
  title: "结业证书",
  intro: "学完全部课程并通过一次完整的模拟考试，即可获得一张任何人都能验证的证书。",
  signInNeeded: "证书颁发给账户，以便日后任何人都能验证。",
  signIn: "登录",
  signUp: "创建账户",
  requirementsTitle: "获得条件",
  lessonsRequirement: (done, total) => `学完全部课程：已完成 ${done} / ${total} 课`,
  examRequirement: (pass, min) => `在一次已提交、不少于 ${min} 题、按标准节奏（每题 2 分钟）计时的模拟考试中，估算分数达到 ${pass}（满分 1000）`,
  bestExam: (score) => `你目前最好的完整模拟考试成绩：${score}`,
  noExam: "还没有提交过完整的模拟考试。",
  met: "已达成",
  notMet: "未达成",
  goPractice: "参加模拟考试",
  goCourse: "继续学习课程",
  issueTitle: "领取证书",
  nameLabel: "证书上的姓名",
  nameHint: "会显示在证书及其公开验证页面上，同时显示日期和课程名称。请勿填写电子邮箱。",
  issueButton: "领取我的证书",
  issuing: "正在领取…",
  issueFailed: "证书未能颁发。",
  certifies: "兹证明",
  completed: "已学完以下课程的全部内容：",
  passed: (score, pass) => `并以估算分数 ${score} 通过了一次完整的模拟考试（及格线 ${pass}）。`,
  issuedOn: (date) => `颁发日期：${date}`,
  certificateId: "证书编号",
  verifyAt: "验证网址",
  print: "打印 / 另存为 PDF",
  revokeNote: "删除账户会同时删除这张证书，其验证链接随即失效。",
  verifyTitle: "证书验证",
  verifyValid: "这张证书有效。",
  verifyName: "姓名",
  verifyCourse: "课程",
  verifyDate: "颁发日期",
  verifyMissingTitle: "找不到这张证书",
  verifyMissing: "没有与此编号对应的证书。编号可能输入有误，或持有人删除账户时证书已被撤销。",
  verifyAbout: "本开源课程向学完全部课程并通过完整模拟考试的学习者颁发证书。它不是 AWS 认证。",
  home: "前往课程",
};

export type CertificateMessages = typeof en;
export const getCertificateMessages = (locale: Locale): CertificateMessages => (locale === "zh" ? zh : en);

const offlineEn = {
  title: "You are offline",
  intro: "This page has not been saved on this device, so it cannot be shown without a connection.",
  available: "Lessons you have opened on this device, the course outline and this app's pages stay readable offline.",
  saved: "Saved lessons",
  none: "No lesson saved yet: open a lesson while online to keep it.",
  outline: "Course outline",
  retry: "Try again",
};
const offlineZh: typeof offlineEn = {
  title: "你已离线",
  intro: "此页面尚未保存在这台设备上，没有网络时无法显示。",
  available: "你在这台设备上打开过的课程、课程大纲和本应用的页面在离线时仍可阅读。",
  saved: "已保存的课程",
  none: "还没有保存的课程：联网时打开一课即可保存。",
  outline: "课程大纲",
  retry: "重试",
};
export type OfflineMessages = typeof offlineEn;
export const getOfflineMessages = (locale: Locale): OfflineMessages => (locale === "zh" ? offlineZh : offlineEn);
