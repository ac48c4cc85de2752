/** `npm run content:check`: prints every problem in content/ as path:line: message; exits 1 if any. */
import { checkContent } from "../lib/course/check";

async function main() {
  const { issues, counts } = await checkContent(process.cwd());
  for (const issue of issues) console.error(`${issue.file}:${issue.line}: ${issue.message}`);
  if (issues.length) {
    console.error(`\ncontent:check found ${issues.length} problem${issues.length === 1 ? "" : "s"}.`);
    process.exit(1);
  }
  const questions = Object.entries(counts.questions);
  const totalQuestions = questions.reduce((n, [, c]) => n + c, 0);
  const perModule = questions.map(([m, c]) => `${m} ${c}`).join(", ");
  const lessons = Object.entries(counts.lessons).map(([l, n]) => `${n} lessons (${l})`).join(", ");
  console.log(
    `content:check OK: ${counts.modules} modules, ${lessons}, ${counts.diagrams} diagrams, ${totalQuestions} questions (${perModule || "none"}), ${counts.glossary} glossary terms, ${counts.labs} labs`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
