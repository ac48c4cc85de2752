import type { Email } from "./index";

/** Account emails, in both course languages (the account has no language of its own). */
export function verificationEmail(to: string, link: string): Email {
  return {
    kind: "verify-email",
    to,
    link,
    subject: "Confirm your email · 确认你的邮箱 — EKS Exam Prep",
    text: [
      "Confirm the email address of your EKS Exam Prep account by opening this link:",
      link,
      "",
      "请打开以下链接，确认你的 EKS 备考课程账户邮箱：",
      link,
      "",
      "If you did not create an account, ignore this message. 如果你没有注册账户，请忽略这封邮件。",
    ].join("\n"),
  };
}

export function passwordResetEmail(to: string, link: string): Email {
  return {
    kind: "reset-password",
    to,
    link,
    subject: "Reset your password · 重置密码 — EKS Exam Prep",
    text: [
      "Someone asked to reset the password of your EKS Exam Prep account. To choose a new one, open this link (valid for one hour):",
      link,
      "",
      "有人请求重置你的 EKS 备考课程账户密码。如需设置新密码，请在一小时内打开以下链接：",
      link,
      "",
      "If it was not you, ignore this message; your password stays the same. 如果不是你本人操作，请忽略这封邮件，密码不会改变。",
    ].join("\n"),
  };
}
