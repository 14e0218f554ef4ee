import { describe, expect, it } from "vitest";
import { openPostgres } from "@/lib/db/open";
import { checkDatabase } from "@/lib/health";
import { localPgUrl, startTcpProxy } from "../helpers/tcp-proxy";

describe("database outage (PostgreSQL behind a TCP proxy)", () => {
  it("reports the outage with a reason and recovers by itself when the database returns", async () => {
    const target = new URL(localPgUrl());
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(target);
    url.port = String(proxy.port);
    const handle = openPostgres(url.toString(), 2);
    try {
      expect(await checkDatabase(2000, handle.db)).toEqual({ ok: true });
      await proxy.down();
      const down = await checkDatabase(2000, handle.db);
      expect(down.ok).toBe(false);
      expect(!down.ok && down.reason).toMatch(/basis data tidak dapat dihubungi/);
      await proxy.up();
      let recovered = false;
      for (let i = 0; i < 20 && !recovered; i++) {
        recovered = (await checkDatabase(2000, handle.db)).ok;
        if (!recovered) await new Promise((r) => setTimeout(r, 250));
      }
      expect(recovered).toBe(true);
    } finally {
      await handle.close();
      await proxy.close();
    }
  });
});
