// A real SMTP server for the end-to-end tests: SMTP on 127.0.0.1:$SMTP_SINK_PORT (default 2525) and,
// one port up, GET /messages with what it received as JSON, for the tests to assert on.
import { createServer } from "node:http";
import { startSmtpSink } from "../tests/smtp-sink";

const port = Number(process.env.SMTP_SINK_PORT ?? 2525);

async function main() {
  const sink = await startSmtpSink({ port });
  const http = createServer((request, response) => {
    if (request.url !== "/messages") {
      response.writeHead(404).end();
      return;
    }
    const body = sink.messages.map((m) => ({
      to: m.to && "text" in m.to ? m.to.text : null,
      envelopeTo: m.envelopeTo,
      headerNames: [...m.headers.keys()],
      from: m.from?.text ?? null,
      replyTo: m.replyTo?.text ?? null,
      subject: m.subject ?? null,
      messageId: m.messageId ?? null,
      inReplyTo: m.inReplyTo ?? null,
      references: m.references ? [m.references].flat() : [],
      text: m.text ?? null,
      html: typeof m.html === "string" ? m.html : null,
      attachments: m.attachments.map((a) => ({
        filename: a.filename ?? null,
        contentType: a.contentType,
        content: a.content.toString("base64"),
      })),
    }));
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  });
  http.listen(port + 1, "127.0.0.1", () =>
    console.log(`SMTP sink on 127.0.0.1:${port}, messages at http://127.0.0.1:${port + 1}/messages`),
  );
  const stop = () => void sink.stop().finally(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
