import { describe, expect, it } from "vitest";
import { checkFiles } from "@/lib/requesters/files";
import { statusInWords } from "@/lib/requesters/status-words";
import { MAX_FILE_BYTES } from "@/lib/requesters/upload-limit";

const file = (name: string, bytes: Uint8Array | string) => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name);

describe("checkFiles", () => {
  it("takes structure files, PDFs and images by extension, typed by us and not by the browser", async () => {
    const result = await checkFiles([
      file("ligand.mol", "\n  RDKit 2D\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n"),
      file("spec.PDF", "%PDF-1.7\n"),
      file("gel.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ]);
    expect(result.ok && result.files.map((f) => [f.filename, f.contentType])).toEqual([
      ["ligand.mol", "chemical/x-mdl-molfile"],
      ["spec.PDF", "application/pdf"],
      ["gel.png", "image/png"],
    ]);
  });

  it("refuses other types, content that does not match its extension, and oversized files", async () => {
    expect(await checkFiles([file("page.html", "<script>")])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/page.html: send/),
    });
    expect(await checkFiles([file("fake.pdf", "<html>")])).toMatchObject({ ok: false, message: "fake.pdf does not look like a .pdf file" });
    expect(await checkFiles([file("binary.mol", new Uint8Array([0x41, 0, 0x42]))])).toMatchObject({ ok: false });
    expect(await checkFiles([file("big.txt", "a".repeat(MAX_FILE_BYTES + 1))])).toMatchObject({
      ok: false,
      message: "big.txt is over 5 MB",
    });
    expect(await checkFiles(Array.from({ length: 6 }, (_, i) => file(`${i}.txt`, "x")))).toMatchObject({ ok: false });
  });

  it("keeps only the last segment of a path-like name, and ignores an empty file input", async () => {
    const result = await checkFiles([file("../../etc/notes.txt", "hello"), new File([], "")]);
    expect(result.ok && result.files.map((f) => f.filename)).toEqual(["notes.txt"]);
  });
});

describe("statusInWords", () => {
  const now = new Date(Date.UTC(2026, 11, 6));
  const quote = { status: "SENT" as const, validUntil: new Date(Date.UTC(2027, 0, 5)), renewalRequestedAt: null };

  it("says where the request stands in plain words", () => {
    expect(statusInWords({ kind: "QUOTE", status: "NEW" }, now)).toBe("We are preparing your quote");
    expect(statusInWords({ kind: "QUOTE", status: "QUOTED", latestQuote: quote }, now)).toBe("Quote sent, valid until 5 Jan 2027");
    expect(statusInWords({ kind: "QUOTE", status: "QUOTED", latestQuote: quote }, new Date(Date.UTC(2027, 0, 6)))).toBe(
      "Quote expired on 5 Jan 2027",
    );
    const order = { status: "SHIPPED" as const, carrier: "DHL", trackingNumber: "JD0123", deliveredAt: null };
    expect(statusInWords({ kind: "QUOTE", status: "WON", latestQuote: { ...quote, status: "ACCEPTED" }, order }, now)).toBe(
      "Shipped — tracking DHL JD0123",
    );
    expect(statusInWords({ kind: "QUOTE", status: "WON", order: { ...order, status: "CONFIRMED" } }, now)).toBe("Order confirmed");
  });
});
