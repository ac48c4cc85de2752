import { handleAuthRequest } from "@/lib/auth/endpoint";
import { handle } from "@/lib/http";

// better-auth's own endpoints (sign-up/in/out, sessions, passwords, email verification), behind our
// body checks, per-account sign-in throttle and error shape; see docs/api.md.
export function GET(request: Request) {
  return handle(() => handleAuthRequest(request));
}

export function POST(request: Request) {
  return handle(() => handleAuthRequest(request));
}
