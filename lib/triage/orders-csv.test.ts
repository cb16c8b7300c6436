import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { orderWhere, parseOrderQuery } from "@/lib/orders/list-query";
import { orderCsvStream } from "@/lib/triage/orders-csv";
import { newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";
import { newOrder } from "@/tests/order-fixtures";

// ignoreBOM keeps the byte-order mark in the text, so the test sees it as Excel does.
const read = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

describe("orders CSV export", () => {
  it("writes the filtered orders newest first, across batches, with spreadsheet formulas neutralised", async () => {
    const word = uniqueToken("po");
    const inquiry = await newInquiry({ institution: "Institut Pasteur, Paris" });
    const older = await newOrder({
      inquiryId: inquiry.id,
      poNumber: `=HYPERLINK("x") ${word}`,
      status: "SHIPPED",
      currency: "USD",
      totalMinor: 123_405,
      createdAt: new Date("2026-10-01T08:00:00Z"),
    });
    const newer = await newOrder({ inquiryId: inquiry.id, poNumber: `PO ${word}`, createdAt: new Date("2026-10-02T08:00:00Z") });
    // Another requester's order, outside the search.
    await newOrder({ inquiryId: (await newInquiry()).id, poNumber: `PO ${uniqueToken("other")}` });

    const csv = await read(orderCsvStream(orderWhere(parseOrderQuery({ q: word })), { batchSize: 1 }));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFOrder,Status,Inquiry,Quote,PO number,Requester name,Requester email,Institution,Country,Currency,Total,Carrier,Tracking number,Created (UTC),Shipped (UTC),Delivered (UTC)",
    );
    expect(lines.slice(1, -1)).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${newer.number},Confirmed,${inquiry.reference},QT-2099-\\d+,PO ${word},`));
    expect(lines[2]).toContain(`${older.number},Shipped,${inquiry.reference},`);
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"") ${word}"`);
    expect(lines[2]).toContain(
      `"Institut Pasteur, Paris",Spain,USD,1234.05,DHL Express,JD0146000012345678,2026-10-01T08:00:00.000Z,2026-10-01T08:00:00.000Z,`,
    );
    expect(lines.at(-1)).toBe("");
    await db.order.deleteMany({ where: { id: { in: [older.id, newer.id] } } });
  });

  it("filters by status and currency as the list does", async () => {
    const word = uniqueToken("po");
    const inquiry = await newInquiry();
    await newOrder({ inquiryId: inquiry.id, poNumber: `A ${word}`, status: "DELIVERED", currency: "GBP" });
    await newOrder({ inquiryId: inquiry.id, poNumber: `B ${word}`, status: "DELIVERED", currency: "EUR" });
    await newOrder({ inquiryId: inquiry.id, poNumber: `C ${word}`, status: "CONFIRMED", currency: "GBP" });
    const csv = await read(orderCsvStream(orderWhere(parseOrderQuery({ q: word, status: "DELIVERED", currency: "GBP" }))));
    const rows = csv.split("\r\n").slice(1, -1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`A ${word}`);
  });
});
