import { describe, expect, it } from "vitest";
import { isDevMailboxEnabled } from "@/lib/mail/transport";

describe("isDevMailboxEnabled", () => {
  it("is on in development without SMTP, off with SMTP or in production, and on when forced", () => {
    expect(isDevMailboxEnabled({ NODE_ENV: "development", SMTP_URL: undefined, DEV_MAILBOX: undefined })).toBe(true);
    expect(isDevMailboxEnabled({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525", DEV_MAILBOX: undefined })).toBe(false);
    expect(isDevMailboxEnabled({ NODE_ENV: "production", SMTP_URL: undefined, DEV_MAILBOX: undefined })).toBe(false);
    expect(isDevMailboxEnabled({ NODE_ENV: "production", SMTP_URL: undefined, DEV_MAILBOX: "true" })).toBe(true);
  });
});
