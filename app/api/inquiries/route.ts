import { z } from "zod";
import { payloadTooLarge, readBodyWithin } from "@/lib/http/read-body";
import { requestIp } from "@/lib/http/request-ip";
import { inquiryKindCodes, inquiryKindList } from "@/lib/inquiries/kinds";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";

// The inquiry forms as an HTTP API, for integrations and the reliability suite: the same fields as
// the forms (form-encoded or multipart) plus `kind`, through the same submitInquiry as the server
// actions. It reads no cookies, so it acts for nobody but the caller.
//
// A quote request naming a controlled product (ketamine, esketamine …) is refused here with 422 and a
// field error on that product pointing to the web form at /quote: the request needs the licence
// document, which this API's 256 kB body cannot carry and which should come from a person, not a script.
const kindField = z.enum(inquiryKindCodes);
const MAX_BODY_BYTES = 256 * 1024;
const TRY_AGAIN_SECONDS = "5";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * POST /api/inquiries → 201 {reference} once the inquiry and its emails are stored; 422 {fieldErrors}
 * (including a controlled product: "request it through the quote form");
 * 403 refused; 429 rate limited; 503 {error: "try again"} when the database could not store it.
 * A retry with the same idempotencyKey answers with the reference already stored.
 */
export async function POST(request: Request) {
  // Counted as it arrives: a chunked body declares no length to check.
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (!body) return payloadTooLarge(MAX_BODY_BYTES);
  let formData: FormData;
  try {
    formData = await new Response(new Uint8Array(body), {
      headers: { "Content-Type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return json(415, { error: "Send the fields form-encoded or as multipart/form-data" });
  }
  const kind = kindField.safeParse(formData.get("kind"));
  if (!kind.success) return json(422, { fieldErrors: { kind: `Set kind to ${inquiryKindList}` } });

  const result = await submitInquiry({ kind: kind.data, formData, submitterIp: await requestIp(), channel: "api" });
  if (result.status === "ok") return json(201, { reference: result.reference });
  if (result.status !== "error") throw new Error("submitInquiry returned no outcome");
  switch (result.reason) {
    case "invalid":
      return json(422, { error: result.message, fieldErrors: result.fieldErrors });
    case "refused":
      return json(403, { error: result.message });
    case "rate-limited":
      return json(429, { error: result.message });
    case "unavailable":
      return json(503, { error: "try again", message: result.message }, { "Retry-After": TRY_AGAIN_SECONDS });
  }
}
