import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { payloadTooLarge, readBodyWithin } from "@/lib/http/read-body";

const handler = NextAuth(authOptions);

// Sign-in and sign-out post a few hundred bytes (email, CSRF token, callback URL).
const MAX_BODY_BYTES = 8 * 1024;

/** next-auth reads the whole body itself; it gets it only once it is known to be small. */
export async function POST(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (!body) return payloadTooLarge(MAX_BODY_BYTES);
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) }), context);
}

export { handler as GET };
