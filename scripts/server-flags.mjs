// Node's flags for the production server (scripts/server.mjs), wherever it is started: `npm start`
// (package.json, checked against this list by tests/unit/server-flags.test.ts), the E2E server and the bench.
//
// --max-semi-space-size=64: the young generation may grow to 64 MiB per semi-space (Node 20's default
// is 16). A request allocates short-lived objects (Next's request and response wrappers, streams,
// the parsed body), and with the default the server spent about 11 % of its time in scavenges at 32
// concurrent submissions; with 64 MiB there are fewer, and submissions per second rose 2–21 % in
// four paired runs (docs/performance.md). It costs up to about 100 MiB more resident memory.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
