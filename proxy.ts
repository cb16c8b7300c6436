import { NextResponse, type NextRequest } from "next/server";

// A first gate only: it sends visitors without a session cookie to the sign-in page with a way back.
// Every staff page, action and route handler still checks the session and role itself
// (lib/auth/require-staff.ts), since a cookie's presence proves nothing.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/staff", "/staff/:path*"] };
