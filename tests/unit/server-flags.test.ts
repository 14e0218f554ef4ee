import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "@/scripts/server-flags.mjs";

describe("the production server's Node flags", () => {
  it("are the same for `npm start` as for the E2E server and the bench (scripts/server-flags.mjs)", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(["node", ...SERVER_NODE_FLAGS, "scripts/server.mjs"].join(" "));
    expect(readFileSync("deploy/sidilan.service", "utf8")).toMatch(/ExecStart=\/usr\/bin\/npm start /);
  });

  it("are flags Node accepts", async () => {
    const { execFileSync } = await import("node:child_process");
    const out = execFileSync(
      process.execPath,
      [
        ...SERVER_NODE_FLAGS,
        "-e",
        "console.log(require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)",
      ],
      { encoding: "utf8" },
    );
    expect(Number(out)).toBeGreaterThan(0);
  });
});
