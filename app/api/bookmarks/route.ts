import { getViewer, readLearnerId, requireLearner } from "@/lib/auth/identity";
import { assertBookmarkTarget, setBookmark } from "@/lib/bookmarks/mutations";
import { listBookmarks, toBookmarkList } from "@/lib/bookmarks/queries";
import { bookmarkInputSchema } from "@/lib/bookmarks/schema";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The learner's bookmarks, newest first; empty for a visitor without a learner cookie. */
export function GET(request: Request) {
  return handle(async () => json(toBookmarkList(await listBookmarks(getDb(), await readLearnerId(request)))));
}

/** Adds (`bookmarked: true`) or removes a bookmark; idempotent. The target must exist in the course. */
export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, bookmarkInputSchema);
    const db = getDb();
    // Checked before a guest learner is made, so a bad request writes nothing at all.
    await assertBookmarkTarget(db, input);
    const viewer = await getViewer(request.headers);
    // Removing a bookmark nobody has: nothing to do, and no reason to make a guest.
    if (!input.bookmarked && !viewer.learnerId) return json(input);
    const learner = await requireLearner(request, viewer);
    return json(await setBookmark(db, learner.id, input, new Date()), 200, learner.setCookie);
  });
}
