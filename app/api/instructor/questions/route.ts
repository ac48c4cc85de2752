import { canSaveContent } from "@/lib/editor/files";
import { MAX_QUESTION_CHARS, questionDraftSchema, saveQuestionBlock } from "@/lib/editor/questions";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, handle, json, readJson } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";

/**
 * POST /api/instructor/questions: writes one question's YAML block into its bank under `npm run dev`.
 * In a production build it answers 404 to everyone and writes nothing.
 */
export async function POST(request: Request) {
  return handle(async () => {
    if (!canSaveContent()) throw new DomainError(404, "not_found", "saving exists only under npm run dev; copy or download the text instead");
    assertSameOrigin(request);
    await requireInstructorApi(request);
    const draft = await readJson(request, questionDraftSchema, 4 * MAX_QUESTION_CHARS + 4096);
    return json({ saved: saveQuestionBlock(draft) });
  });
}
