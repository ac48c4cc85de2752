import "server-only";
import { randomBytes } from "node:crypto";

/**
 * A new certificate id: 18 bytes (144 bits) from the OS CSPRNG as 24 base64url characters. It is the
 * only secret between the holder and a stranger guessing /verify/<id>, so it is never derived from
 * the user, the date or a counter.
 */
export function createCertificateId(): string {
  return randomBytes(18).toString("base64url");
}
