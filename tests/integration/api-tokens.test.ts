import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorFromApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/auth/api-tokens";
import { can } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { apiTokens, users } from "@/lib/db/schema";
import { sha256Hex } from "@/lib/security/hash";
import { actorFor, DEMO } from "../helpers/actors";

describe("personal API tokens", () => {
  it("stores only a hash, resolves to the owner with the token's scope, and revokes", async () => {
    const staff = await actorFor(DEMO.staff);
    const { token, id } = await createApiToken(staff, { name: "Pemindai TU", scope: "read" });
    expect(token).toMatch(/^sdl_[A-Za-z0-9]{8}_/);
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const viaToken = await actorFromApiToken(token);
    expect(viaToken).toMatchObject({ id: staff.id, tokenScope: "read" });
    expect(can(viaToken, "letter.read")).toBe(true);
    expect(can(viaToken, "letter.register")).toBe(false);

    await revokeApiToken(staff, id);
    expect(await actorFromApiToken(token)).toBeNull();
    expect((await listApiTokens(staff))[0].revokedAt).not.toBeNull();
  });

  it("a token stops working when its owner is deactivated; another user's token is not found", async () => {
    const staff2 = await actorFor(DEMO.staff2);
    const staff = await actorFor(DEMO.staff);
    const { token, id } = await createApiToken(staff2, { name: "Mesin", scope: "write" });
    await expect(revokeApiToken(staff, id)).rejects.toMatchObject({ status: 404 });
    await db.update(users).set({ isActive: false }).where(eq(users.id, staff2.id));
    expect(await actorFromApiToken(token)).toBeNull();
    await db.update(users).set({ isActive: true }).where(eq(users.id, staff2.id));
  });

  it("members cannot create tokens; bad names and scopes get field errors; junk tokens resolve to nobody", async () => {
    const member = await actorFor(DEMO.memberDapil1);
    const staff = await actorFor(DEMO.staff);
    await expect(createApiToken(member, { name: "x", scope: "read" })).rejects.toMatchObject({ status: 403 });
    await expect(createApiToken(staff, { name: "a", scope: "admin" })).rejects.toMatchObject({ status: 422 });
    expect(await actorFromApiToken("sdl_' or 1=1 --")).toBeNull();
    expect(await actorFromApiToken("")).toBeNull();
  });
});
