import { MAX_SOURCE_BYTES } from "@/lib/editor/compile";
import { canSaveContent, saveLessonFile } from "@/lib/editor/files";
import { lessonDraftSchema } from "@/lib/editor/schema";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, handle, json, readJson } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";

/** JSON escapes can make the body larger than the text; this leaves room for a full-size lesson. */
const MAX_SAVE_BODY_BYTES = 2 * MAX_SOURCE_BYTES + 4096;

/**
 * POST /api/instructor/content: writes a lesson's MDX under `npm run dev`. In a production build
 * this endpoint answers 404 to everyone and writes nothing (the editor offers copy and download).
 */
export async function POST(request: Request) {
  return handle(async () => {
    if (!canSaveContent()) throw new DomainError(404, "not_found", "saving exists only under npm run dev; copy or download the text instead");
    assertSameOrigin(request);
    await requireInstructorApi(request);
    const draft = await readJson(request, lessonDraftSchema, MAX_SAVE_BODY_BYTES);
    return json({ saved: saveLessonFile(draft) });
  });
}
