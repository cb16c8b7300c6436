// No "server-only" marker: instrumentation.ts installs the stamp, outside the React server graph.
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";

const HEADER = Symbol.for("reagent-desk.peer-address-header");
const globals = globalThis as unknown as { [HEADER]?: string };

/**
 * `next start` keeps an X-Forwarded-For that the client sent (it fills the header from the socket
 * only when it is absent) and shows pages, actions and route handlers nothing else of the connection.
 * So every request this process receives is stamped with its socket's address, under a header name
 * drawn at random per process: a client cannot send it, and Next hands it on like any other header.
 * The prototype is patched because Next creates its HTTP server before instrumentation.ts runs.
 */
export function stampPeerAddresses() {
  if (globals[HEADER]) return;
  const name = `x-peer-${randomBytes(12).toString("hex")}`;
  globals[HEADER] = name;
  for (const { prototype } of [http.Server, https.Server]) {
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        const address = request.socket?.remoteAddress;
        if (address) request.headers[name] = address.replace(/^::ffff:/, "");
      }
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}

/** The name of the stamped header, or undefined where nothing stamps (the header then cannot exist). */
export function peerAddressHeader() {
  return globals[HEADER];
}
