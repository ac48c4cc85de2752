import { getAuth } from "@/lib/auth/server";

// better-auth's own endpoints (sign-up/in/out, sessions, passwords, email verification); see docs/api.md.
export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request) {
  return (await getAuth()).handler(request);
}
