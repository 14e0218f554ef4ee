import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree } from "@/bench/lib";

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );

describe("bench: a port left taken by an earlier run", () => {
  it("refuses a port something listens on, and accepts it once that is gone", async () => {
    const leftover = createServer();
    const port = await listen(leftover);
    await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is already in use`);
    await new Promise((r) => leftover.close(r));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
