/**
 * The JSON API's routes for the production server's fast dispatch: the very handlers in
 * app/api/**\/route.ts, matched without Next's routing pipeline (see scripts/serve.ts).
 */
export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
export type ApiRoute = { path: RegExp; methods: Partial<Record<string, Handler>> };

const id = "([^/]+)";
const h = (fn: unknown) => fn as Handler;

export async function loadApiRoutes(): Promise<ApiRoute[]> {
  const [attempts, attempt, answers, flags, submit, progress, lessons, health, review, rate, preview, bookmarks, auth, me, exportData, deleteAccount, instructor, certificates] = await Promise.all([
    import("../../app/api/attempts/route"),
    import("../../app/api/attempts/[id]/route"),
    import("../../app/api/attempts/[id]/answers/route"),
    import("../../app/api/attempts/[id]/flags/route"),
    import("../../app/api/attempts/[id]/submit/route"),
    import("../../app/api/progress/route"),
    import("../../app/api/progress/lessons/route"),
    import("../../app/api/health/route"),
    import("../../app/api/review/route"),
    import("../../app/api/review/rate/route"),
    import("../../app/api/review/preview/route"),
    import("../../app/api/bookmarks/route"),
    import("../../app/api/auth/[...all]/route"),
    import("../../app/api/account/me/route"),
    import("../../app/api/account/export/route"),
    import("../../app/api/account/delete/route"),
    import("../../app/api/instructor/overview/route"),
    import("../../app/api/certificates/route"),
  ]);
  return [
    { path: /^\/api\/auth\/.+$/, methods: { GET: h(auth.GET), POST: h(auth.POST) } },
    { path: /^\/api\/account\/me$/, methods: { GET: h(me.GET) } },
    { path: /^\/api\/account\/export$/, methods: { GET: h(exportData.GET) } },
    { path: /^\/api\/account\/delete$/, methods: { POST: h(deleteAccount.POST) } },
    { path: /^\/api\/instructor\/overview$/, methods: { GET: h(instructor.GET) } },
    { path: /^\/api\/certificates$/, methods: { GET: h(certificates.GET), POST: h(certificates.POST) } },
    { path: /^\/api\/attempts$/, methods: { POST: h(attempts.POST) } },
    { path: new RegExp(`^/api/attempts/${id}$`), methods: { GET: h(attempt.GET) } },
    { path: new RegExp(`^/api/attempts/${id}/answers$`), methods: { POST: h(answers.POST) } },
    { path: new RegExp(`^/api/attempts/${id}/flags$`), methods: { POST: h(flags.POST) } },
    { path: new RegExp(`^/api/attempts/${id}/submit$`), methods: { POST: h(submit.POST) } },
    { path: /^\/api\/progress$/, methods: { GET: h(progress.GET) } },
    { path: /^\/api\/progress\/lessons$/, methods: { POST: h(lessons.POST) } },
    { path: /^\/api\/health$/, methods: { GET: h(health.GET) } },
    { path: /^\/api\/review$/, methods: { GET: h(review.GET) } },
    { path: /^\/api\/review\/rate$/, methods: { POST: h(rate.POST) } },
    { path: /^\/api\/review\/preview$/, methods: { GET: h(preview.GET) } },
    { path: /^\/api\/bookmarks$/, methods: { GET: h(bookmarks.GET), POST: h(bookmarks.POST) } },
  ];
}
