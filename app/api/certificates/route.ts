import { getSessionUser } from "@/lib/auth/identity";
import { issueCertificate } from "@/lib/certificates/mutations";
import { toCertificateJson, toEligibilityJson } from "@/lib/certificates/present";
import { getEligibility, getOwnCertificate } from "@/lib/certificates/queries";
import { issueCertificateSchema } from "@/lib/certificates/schema";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";

export const dynamic = "force-dynamic";

const unauthenticated = () => new DomainError(401, "unauthenticated", "sign in to get a certificate");

/** The signed-in account's certificate (or null) and how far it is from one. */
export function GET(request: Request) {
  return handle(async () => {
    const user = await getSessionUser(request.headers);
    if (!user) throw unauthenticated();
    const db = getDb();
    const [certificate, eligibility] = await Promise.all([getOwnCertificate(db, user.id), getEligibility(db, user.id, requestNow(request))]);
    return json({ certificate: certificate ? toCertificateJson(certificate) : null, eligibility: toEligibilityJson(eligibility) });
  });
}

/** Issues the certificate once the server has re-checked eligibility; 201 when new, 200 when it already existed. */
export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, issueCertificateSchema);
    const user = await getSessionUser(request.headers);
    if (!user) throw unauthenticated();
    const { certificate, created } = await issueCertificate(getDb(), user.id, input, requestNow(request));
    return json({ certificate: toCertificateJson(certificate) }, created ? 201 : 200);
  });
}
