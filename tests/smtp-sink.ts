// A real SMTP server on 127.0.0.1 for tests (smtp-server + mailparser): accepts every message and
// keeps it parsed in memory. Stopping it makes the port refuse connections, like a mail server outage.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A received message, with the recipients of the SMTP envelope (where it was really delivered). */
export type SinkMail = ParsedMail & { envelopeTo: string[] };

export type SmtpSink = {
  port: number;
  url: string;
  messages: SinkMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
};

export async function startSmtpSink({ port = 0 }: { port?: number } = {}): Promise<SmtpSink> {
  const messages: SinkMail[] = [];
  let server: SMTPServer | undefined;
  let boundPort = port;

  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"], // else nodemailer tries TLS against a self-signed certificate
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            messages.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(boundPort, "127.0.0.1", () => resolve());
    });
    boundPort = (server.server.address() as { port: number }).port;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const s = server;
      server = undefined;
      s.close(() => resolve());
    });

  await start();
  return {
    get port() {
      return boundPort;
    },
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    messages,
    start,
    stop,
  };
}
