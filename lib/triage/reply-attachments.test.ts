import { randomBytes } from "node:crypto";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/core/domain-error";
import { deliverDueMessages } from "@/lib/mail/outbox";
import { sendReply } from "@/lib/triage/replies";
import { cleanFilename, REPLY_MAX_FILE_BYTES, REPLY_MAX_FILES, replyAttachmentProblem } from "@/lib/triage/reply-attachments";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";

const MB = 1024 * 1024;

describe("replyAttachmentProblem", () => {
  it("accepts PDFs, images, structure files, text and office documents within the limits", () => {
    const names = ["CoA.pdf", "spectrum.PNG", "structure.mol", "library.sdf", "notes.txt", "data.csv", "spec.docx", "table.xlsx"];
    expect(replyAttachmentProblem(names.slice(0, REPLY_MAX_FILES).map((name) => ({ name, size: MB })))).toBeNull();
    expect(replyAttachmentProblem([{ name: "exact.pdf", size: REPLY_MAX_FILE_BYTES }])).toBeNull();
  });

  it("refuses other types, a file over 5 MB, more than 10 MB together, and more than 5 files", () => {
    expect(replyAttachmentProblem([{ name: "run.exe", size: 10 }])).toMatch(/“run\.exe” is not a permitted type/);
    expect(replyAttachmentProblem([{ name: "page.html", size: 10 }])).toMatch(/not a permitted type/);
    expect(replyAttachmentProblem([{ name: "big.pdf", size: REPLY_MAX_FILE_BYTES + 1 }])).toBe("“big.pdf” is larger than 5 MB.");
    expect(replyAttachmentProblem([1, 2, 3].map((i) => ({ name: `part${i}.pdf`, size: 4 * MB })))).toMatch(/more than 10 MB together/);
    expect(replyAttachmentProblem(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, size: 1 })))).toBe(
      "Attach at most 5 files to one reply.",
    );
  });

  it("keeps file names to a base name without control characters, bounded, with the extension", () => {
    expect(cleanFilename("C:\\fakepath\\CoA.pdf")).toBe("CoA.pdf");
    expect(cleanFilename('a\r\nb"c.txt')).toBe("a__b_c.txt");
    const long = cleanFilename(`${"x".repeat(400)}.pdf`);
    expect(long.length).toBe(150);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});

describe("a reply with attachments", () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.stop();
  });

  it("keeps them on the conversation and delivers them to the requester byte for byte", async () => {
    const staff = await createStaff({ name: "Dana Okafor" });
    const inquiry = await newInquiry();
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(200_000)]);
    const mol = Buffer.from("\n  RDKit          2D\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n");
    const { messageId } = await sendReply({
      inquiryId: inquiry.id,
      body: "Please find the certificate of analysis attached.",
      attachments: [
        { filename: "CoA B8105958.pdf", content: pdf },
        { filename: "structure.mol", content: mol },
      ],
      actor: staff,
    });

    const stored = await db.inquiryMessage.findUniqueOrThrow({ where: { messageId }, include: { attachments: true } });
    expect(stored.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual(
      expect.arrayContaining([
        ["CoA B8105958.pdf", "application/pdf", pdf.length],
        ["structure.mol", "chemical/x-mdl-molfile", mol.length],
      ]),
    );

    // On a shared PostgreSQL database other files' mail waits too: deliver until the outbox is empty.
    const transport = nodemailer.createTransport(smtp.url);
    while ((await deliverDueMessages({ transport })).claimed > 0);
    const mail = smtp.messages.find((m) => m.messageId === messageId);
    expect(mail?.envelopeTo).toEqual([inquiry.email]);
    expect(mail!.attachments.map((a) => a.filename)).toEqual(["CoA B8105958.pdf", "structure.mol"]);
    expect(Buffer.compare(mail!.attachments[0]!.content, pdf)).toBe(0);
    expect(Buffer.compare(mail!.attachments[1]!.content, mol)).toBe(0);
    expect(mail!.attachments[0]!.contentType).toBe("application/pdf");
  });

  it("refuses a reply whose files break the limits, storing and queueing nothing", async () => {
    const staff = await createStaff();
    const inquiry = await newInquiry();
    const attempt = sendReply({
      inquiryId: inquiry.id,
      body: "Attached.",
      attachments: [{ filename: "payload.html", content: Buffer.from("<script>") }],
      actor: staff,
    });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { attachments: expect.stringMatching(/not a permitted type/) } });
    expect(await db.inquiryMessage.count({ where: { inquiryId: inquiry.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { inquiryId: inquiry.id, template: "staff-reply" } })).toBe(0);
  });
});
