// Password check in front of the embedded database's socket. @electric-sql/pglite-socket 0.2.17 has
// no authentication of its own (PGlite answers every startup message with AuthenticationOk, whatever
// the user and password), so without this any local user could connect to the port in the lock file
// and read live session tokens. This takes each new connection through the standard MD5 password
// exchange of the Postgres wire protocol, then hands it to pglite-socket with the startup message
// put back, as if the client had just connected. Every client here is node-postgres (adapter-pg),
// which answers MD5 as it does on PostgreSQL; psql does too.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Server, Socket } from "node:net";

const SSL_REQUEST = 80877103;
const GSS_ENCRYPTION_REQUEST = 80877104;
const PROTOCOL_3 = 196608;
// Far above any real startup or password message; a larger length is garbage or an attack.
const MAX_MESSAGE = 10_000;
// An unauthenticated connection holds one of the few connection slots: it gets this long.
const AUTH_TIMEOUT_MS = 10_000;

const md5 = (text: string | Buffer) => createHash("md5").update(text).digest("hex");

/** What a client sends for the MD5 method: "md5" + md5(md5(password + user) + salt). */
export function md5PasswordResponse(password: string, user: string, salt: Buffer) {
  return "md5" + md5(Buffer.concat([Buffer.from(md5(password + user)), salt]));
}

function errorResponse(code: string, message: string) {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const header = Buffer.alloc(5);
  header.write("E");
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}

/** The user a startup message names: its body is NUL-terminated name, value, name, value … pairs. */
function startupUser(message: Buffer) {
  const parts = message.subarray(8).toString("utf8").split("\0");
  for (let i = 0; i + 1 < parts.length && parts[i] !== ""; i += 2) if (parts[i] === "user") return parts[i + 1] ?? "";
  return "";
}

/**
 * Resolves with the bytes to replay to pglite-socket (the startup message and anything the client
 * sent after its password) once the client proved it knows the password; ends the connection and
 * rejects otherwise.
 */
function authenticate(socket: Socket, password: string) {
  return new Promise<Buffer>((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    let startup: Buffer | undefined;
    let expected: Buffer | undefined;
    const stopListening = () => {
      socket.removeListener("data", onData);
      socket.removeListener("error", onError);
      clearTimeout(timer);
    };
    const fail = (reply?: Buffer) => {
      stopListening();
      if (reply && socket.writable) socket.end(reply);
      else socket.destroy();
      reject(new Error("authentication failed"));
    };
    const timer = setTimeout(() => fail(), AUTH_TIMEOUT_MS);
    const onError = () => fail();
    socket.on("error", onError);

    function onData(chunk: Buffer) {
      buffered = Buffer.concat([buffered, chunk]);
      while (true) {
        if (!startup) {
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          const code = buffered.readInt32BE(4);
          if (length === 8 && (code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST)) {
            socket.write("N"); // neither: the client goes on in plain text, as with pglite-socket itself
            buffered = buffered.subarray(8);
            continue;
          }
          // A cancel request (which PGlite cannot honour) or anything but protocol 3.0.
          if (code !== PROTOCOL_3 || length < 8 || length > MAX_MESSAGE) return fail();
          if (buffered.length < length) return;
          startup = buffered.subarray(0, length);
          buffered = buffered.subarray(length);
          const user = startupUser(startup);
          const salt = randomBytes(4);
          expected = Buffer.from(md5PasswordResponse(password, user, salt));
          const request = Buffer.alloc(13);
          request.write("R");
          request.writeInt32BE(12, 1);
          request.writeInt32BE(5, 5); // AuthenticationMD5Password
          salt.copy(request, 9);
          socket.write(request);
          continue;
        }
        if (buffered.length < 5) return;
        const length = buffered.readInt32BE(1);
        if (buffered[0] !== 0x70 /* "p" */ || length < 5 || length > MAX_MESSAGE)
          return fail(errorResponse("08P01", "expected a password message"));
        if (buffered.length < 1 + length) return;
        const given = buffered.subarray(5, length); // without its trailing NUL
        const rest = buffered.subarray(1 + length);
        if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
          return fail(errorResponse("28P01", "password authentication failed"));
        }
        stopListening();
        socket.pause(); // nothing may flow while no one listens: pglite-socket attaches on a later tick
        resolve(Buffer.concat([startup, rest]));
        return;
      }
    }
    socket.on("data", onData);
  });
}

/**
 * Puts the password check in front of a started pglite-socket server's own connection handler.
 * `server` is the net.Server inside PGLiteSocketServer (its private `server` field).
 */
export function requirePassword(server: Server, password: string) {
  const [handOver] = server.listeners("connection") as ((socket: Socket) => void)[];
  if (!handOver) throw new Error("requirePassword: the pglite-socket server has not started");
  server.removeAllListeners("connection");
  server.on("connection", (socket: Socket) => {
    // A client that resets the connection after a refusal, or before pglite-socket has attached its
    // own listeners, would otherwise raise an unhandled 'error' and take the whole process down.
    socket.on("error", () => {});
    authenticate(socket, password).then(
      (replay) => {
        // Hold the replayed bytes until pglite-socket's handler listens for data, then let them flow
        // to it first.
        socket.unshift(replay);
        socket.on("newListener", function resumeOnData(event) {
          if (event !== "data") return;
          socket.removeListener("newListener", resumeOnData);
          process.nextTick(() => socket.resume());
        });
        handOver(socket);
      },
      () => {}, // already answered and closed
    );
  });
}
