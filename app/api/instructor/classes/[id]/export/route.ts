import { classReportToCsv } from "@/lib/classes/export";
import { readClassId } from "@/lib/classes/inputs";
import { getClassReport } from "@/lib/classes/queries";
import { getDb } from "@/lib/db";
import { handle } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";
import { csvResponse } from "@/lib/instructor/csv";

export const dynamic = "force-dynamic";

/** The class view as CSV, one row per learner. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const user = await requireInstructorApi(request);
    const now = new Date();
    const report = await getClassReport(getDb(), user, await readClassId(params), now);
    return csvResponse(classReportToCsv(report), `class-${now.toISOString().slice(0, 10)}.csv`);
  });
}
