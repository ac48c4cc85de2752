import { cookiesAreSecure, readGuestLearnerId } from "@/lib/auth/guest";
import { refreshSession } from "@/lib/auth/identity";
import { hasLearnerHint, learnerHintCookie } from "@/lib/auth/learner-hint";
import { handle } from "@/lib/http";

/**
 * The signed-in user (name, email, role, verified), or null: what the header's account link shows;
 * and whether this browser has a learner at all (an account or a guest), which the page's personal
 * reads wait for when the learner hint is missing. Sets or clears that hint to match the guest cookie.
 */
export async function GET(request: Request) {
  return handle(async () => {
    const { user, setCookies } = await refreshSession(request.headers);
    // Lenient: a malformed guest cookie is no guest here, as on pages; the API routes that use it refuse it.
    const guest = (await readGuestLearnerId(request.headers, true)) !== null;
    const headers = new Headers({ "Cache-Control": "no-store" });
    for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
    if (guest !== hasLearnerHint(request.headers.get("cookie") ?? "")) {
      headers.append("Set-Cookie", learnerHintCookie(guest, cookiesAreSecure(request)));
    }
    return Response.json({ user, learner: user !== null || guest }, { headers });
  });
}
