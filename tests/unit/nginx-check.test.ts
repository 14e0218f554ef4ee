import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// CI installs nginx-light (.ci/run); elsewhere these tests are skipped, not passed.
const nginx = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const root = new URL("../..", import.meta.url);
const check = (site?: string) =>
  spawnSync("bash", ["scripts/check-nginx.sh", ...(site ? [site] : [])], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/usr/local/sbin` },
  });

describe.skipIf(!nginx)("scripts/check-nginx.sh (nginx -t on deploy/nginx.conf)", () => {
  it("accepts the shipped config on the installed nginx", () => {
    const r = check();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("test is successful");
  });

  it("fails on a directive this nginx does not know, so it really tests the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "nginx-site-"));
    try {
      const site = join(dir, "site.conf");
      writeFileSync(
        site,
        readFileSync(new URL("deploy/nginx.conf", root), "utf8").replace(
          "server_name sidilan",
          "no_such_directive on;\n    server_name sidilan",
        ),
      );
      const r = check(site);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('unknown directive "no_such_directive"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
