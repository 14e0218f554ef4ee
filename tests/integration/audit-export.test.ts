import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit/service";
import { actorFor, DEMO } from "../helpers/actors";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => session.actor,
  sessionActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));

const { GET } = await import("@/app/api/v1/audit/ekspor/route");
const call = (q = "") => GET(new Request(`http://localhost/api/v1/audit/ekspor${q}`), { params: Promise.resolve({}) });

describe("audit export", () => {
  it("exports filtered CSV for staff, refuses members and the public, and never carries secrets", async () => {
    await writeAudit({
      actorLabel: "uji",
      action: "sample.export",
      detail: { note: "=cmd()", password: "rahasia-sekali", token: "sdl_x" },
    });
    session.actor = await actorFor(DEMO.staff);
    const res = await call("?q=sample.export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toContain("waktu,pelaku,tindakan");
    expect(lines).toHaveLength(2);
    expect(text).toContain("sample.export");
    expect(text).not.toContain("rahasia-sekali");
    expect(text).not.toContain("sdl_x");
    session.actor = await actorFor(DEMO.memberDapil1);
    expect((await call()).status).toBe(403);
    session.actor = null;
    expect((await call()).status).toBe(401);
  });
});
