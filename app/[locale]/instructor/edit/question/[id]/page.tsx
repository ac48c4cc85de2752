import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { getEnv } from "@/lib/env";
import { canSaveContent } from "@/lib/editor/files";
import { presentQuestionPreview } from "@/lib/editor/question-preview";
import { checkQuestionDraft, findQuestionModule, questionIdSchema, readQuestionBlock } from "@/lib/editor/questions";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { QuestionEditor } from "../../_components/question-editor";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getEditorMessages(locale).questionTitle(id), robots: { index: false } } : {};
}

/** One question's YAML block beside its rendering in both languages. Guests sign in; learners get a 404. */
export default async function EditQuestionPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  await requireInstructorPage(locale, `/instructor/edit/question/${id}`);
  if (!questionIdSchema.safeParse(id).success) notFound();
  const module = findQuestionModule(id);
  const found = module ? readQuestionBlock(module, id) : undefined;
  if (!module || !found) notFound();
  const check = checkQuestionDraft(found.block, id, module);
  const t = getEditorMessages(locale);
  const repo = getEnv().CONTENT_REPO_URL?.replace(/\/+$/, "");
  return (
    <main id="main" className="mx-auto max-w-[100rem] px-4 py-8">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.questionTitle(id)}</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{t.questionIntro(found.file, found.startLine)}</p>
      <p className="mt-2 rounded-md bg-zinc-100 p-3 text-sm text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">{canSaveContent() ? t.devNote : t.productionNote}</p>
      <QuestionEditor
        locale={locale}
        module={module}
        id={id}
        file={found.file}
        source={found.block}
        {...(repo ? { repoUrl: `${repo}/${found.file}#L${found.startLine}` } : {})}
        canSave={canSaveContent()}
        initial={{ issues: check.issues, preview: check.question ? presentQuestionPreview(check.question, module) : null }}
      />
    </main>
  );
}
