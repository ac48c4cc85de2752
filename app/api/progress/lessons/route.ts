import { requireLearner } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson } from "@/lib/http";
import { assertLessonExists, lessonCompletionSchema, setLessonCompletion } from "@/lib/progress/lessons";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, lessonCompletionSchema);
    // Checked before a guest learner is made, so a bad request writes nothing at all.
    assertLessonExists(input);
    const learner = await requireLearner(request);
    return json(await setLessonCompletion(getDb(), learner.id, input, new Date()), 200, learner.setCookie);
  });
}
