/**
 * The bare reference for tests/bench/cpu.ts, in a process of its own: a
 * node:http server that replays responses captured from the app — status,
 * headers and body bytes (already compressed where the app compressed) —
 * for the same method, address and Accept-Encoding. A request body is read
 * to its end first, as the app must. Node adds Date, Connection and
 * Keep-Alive itself, as it does for the app; a chunked body goes out as one
 * chunk.
 *
 * Usage: node tests/bench/bare-server.mjs <captured.json> (prints the port)
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const HOP_BY_HOP = new Set(["date", "connection", "keep-alive"]);
const captured = JSON.parse(readFileSync(process.argv[2], "utf8"));
const responses = new Map(
  captured.map((c) => [
    `${c.method} ${c.path} ${c.acceptEncoding}`,
    {
      status: c.status,
      headers: c.headers.filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())).flat(),
      body: Buffer.from(c.body, "base64"),
    },
  ]),
);

const server = createServer((req, res) => {
  const response = responses.get(`${req.method} ${req.url} ${req.headers["accept-encoding"] ?? ""}`);
  req.resume();
  req.on("end", () => {
    if (!response) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(response.status, response.headers);
    res.end(response.body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(String(server.address().port)));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
