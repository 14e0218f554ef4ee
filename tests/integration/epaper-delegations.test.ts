import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createDelegation, delegationOverview, revokeDelegation } from "@/lib/epaper/delegations";
import { signLetter } from "@/lib/epaper/sign";
import { todayWita } from "@/lib/letters/input-checks";
import { actorFor, DEMO } from "../helpers/actors";
import { KABAG, readyToSign, SEKWAN, WAKIL } from "../helpers/epaper";
import { DEMO_PASSWORD } from "../helpers/minutes";

let staff: Actor, kabag: Actor, sekwan: Actor, ketua: Actor, wakil: Actor, member: Actor;

beforeAll(async () => {
  [staff, kabag, sekwan, ketua, wakil, member] = await Promise.all(
    [DEMO.staff, KABAG, SEKWAN, DEMO.ketua, WAKIL, DEMO.memberDapil1].map(actorFor),
  );
});

const shift = (days: number) => {
  const d = new Date(`${todayWita()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe("E-Paper delegation page", () => {
  it("sorts delegations into current/coming and past, and ending one early stops the delegate signing", async () => {
    const base = { principalId: ketua.id, delegateId: wakil.id, mode: "an" as const };
    const past = await createDelegation(staff, { ...base, startsOn: shift(-9), endsOn: shift(-2), note: "Lampau" });
    const coming = await createDelegation(staff, { ...base, mode: "plh", startsOn: shift(2), endsOn: shift(4) });
    const now = await createDelegation(staff, { ...base, startsOn: shift(-1), endsOn: shift(1), note: "Dinas luar" });
    const view = await delegationOverview(staff);
    const stateOf = (id: string) => [...view.current, ...view.past].find((r) => r.id === id)?.state;
    expect(stateOf(past.id)).toBe("selesai");
    expect(stateOf(coming.id)).toBe("akan_datang");
    expect(stateOf(now.id)).toBe("berlaku");
    expect(view.current.find((r) => r.id === coming.id)?.modeLabel).toBe("Plh.");
    expect(view.past.some((r) => r.id === now.id)).toBe(false);

    await revokeDelegation(staff, now.id);
    const after = await delegationOverview(staff);
    expect(after.past.find((r) => r.id === now.id)?.state).toBe("dicabut");
    await expect(revokeDelegation(staff, now.id)).rejects.toMatchObject({ status: 404 });
    const id = await readyToSign(staff, kabag, sekwan, ketua);
    await expect(signLetter(wakil, id, { password: DEMO_PASSWORD })).rejects.toThrow(/tidak memiliki delegasi/);
  });

  it("only the secretariat manages delegations", async () => {
    await expect(delegationOverview(member)).rejects.toMatchObject({ status: 403 });
    await expect(delegationOverview(null)).rejects.toMatchObject({ status: 401 });
    await expect(
      createDelegation(member, {
        principalId: ketua.id,
        delegateId: wakil.id,
        mode: "an",
        startsOn: shift(0),
        endsOn: shift(1),
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("refuses an end before the start, and self-delegation, with field errors", async () => {
    await expect(
      createDelegation(staff, {
        principalId: ketua.id,
        delegateId: ketua.id,
        mode: "an",
        startsOn: shift(2),
        endsOn: shift(1),
      }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: {
        endsOn: ["Tanggal selesai tidak boleh sebelum tanggal mulai."],
        delegateId: ["Pejabat tidak dapat mewakili dirinya sendiri."],
      },
    });
  });
});
