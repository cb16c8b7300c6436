// Reading the Authentication-Results headers (RFC 8601) a receiving mail provider adds, to tell
// whether a message's From domain was vouched for by DKIM or SPF.

type Result = { method: string; result: string; domains: string[] };
type AuthenticationResults = { authservId: string; results: Result[] };

// Comments such as "(domain of x designates 1.2.3.4 as permitted sender)" carry no verdict.
const withoutComments = (value: string) => value.replace(/\([^()]*\)/g, " ");
const domainOf = (value: string) => value.replace(/^"|"$/g, "").split("@").pop()!.toLowerCase().replace(/\.$/, "");

/** One header's value: its authserv-id and each method's result with the domains it names. */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  const [head = "", ...resinfos] = withoutComments(value).split(";");
  const authservId = head.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const results = resinfos.flatMap((resinfo) => {
    const verdict = /^\s*([a-z-]+)\s*=\s*([a-z]+)/i.exec(resinfo);
    if (!verdict) return [];
    // header.d (DKIM signing domain), header.i (DKIM identity), smtp.mailfrom (SPF envelope sender).
    const domains = [...resinfo.matchAll(/\b(?:header\.d|header\.i|smtp\.mailfrom)\s*=\s*("[^"]*"|[^\s;]+)/gi)].map((m) => domainOf(m[1]!));
    return [{ method: verdict[1]!.toLowerCase(), result: verdict[2]!.toLowerCase(), domains }];
  });
  return { authservId, results };
}

/** The same domain, or one inside the other (relaxed alignment, as DMARC has it). */
const aligned = (a: string, b: string) => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);

/**
 * Whether the receiving provider found a passing DKIM signature or SPF check for `fromAddress`'s
 * domain. Only the provider's own header counts: the one naming `authservId` when given, else the
 * topmost (providers add theirs above everything the sender wrote, and a sender can write any
 * header, this one included).
 */
export function senderVerified({ headers, fromAddress, authservId }: { headers: string[]; fromAddress: string; authservId?: string }) {
  const parsed = headers.map(parseAuthenticationResults);
  const trusted = authservId ? parsed.filter((h) => h.authservId === authservId.toLowerCase()) : parsed.slice(0, 1);
  const fromDomain = domainOf(fromAddress);
  return trusted.some((h) =>
    h.results.some(
      (r) => (r.method === "dkim" || r.method === "spf") && r.result === "pass" && r.domains.some((d) => d && aligned(d, fromDomain)),
    ),
  );
}
