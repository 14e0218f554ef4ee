import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { InboxList } from "@/components/inbox/inbox-list";
import { MEMBER_HIDDEN_STATUSES } from "@/lib/aspirations/constants";
import { aspirationDetail } from "@/lib/aspirations/staff";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { inboxStatusOptions } from "@/lib/inbox/options";
import { listInbox } from "@/lib/inbox/service";
import { MEMBER_VISIBLE_STATUSES } from "@/lib/pokir/constants";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil } from "../helpers/pokir";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let m1: Actor;
let kel1: number;
beforeAll(async () => {
  m1 = await actorFor(DEMO.memberDapil1);
  kel1 = await kelurahanInDapil(1);
});

async function aspiration(title: string, status: "diverifikasi" | "ditindaklanjuti" = "ditindaklanjuti") {
  const id = randomUUID();
  const code = `ASP-T${id.slice(0, 3).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`;
  await db.insert(aspirations).values({
    id,
    trackingCode: code,
    title,
    body: "Isi aspirasi uji coba",
    categoryId: 1,
    status,
    dapilId: m1.dapilId,
    routedToDapil: true,
    kelurahanId: kel1,
  });
  return id;
}

describe("member inbox items", () => {
  it("opening an aspiration from the inbox marks it read, as opening a pokir does", async () => {
    const id = await aspiration("Lampu jalan mati di gang uji baca");
    const before = await listInbox(m1, { type: "aspirasi", q: "uji baca" });
    expect(before.items.find((i) => i.id === id)?.unread).toBe(true);
    await aspirationDetail(m1, id);
    const after = await listInbox(m1, { type: "aspirasi", q: "uji baca" });
    expect(after.items.find((i) => i.id === id)?.unread).toBe(false);
  });

  it("offers only statuses a member can see, and each of them filters", async () => {
    const values = inboxStatusOptions().map(([v]) => v);
    for (const hidden of MEMBER_HIDDEN_STATUSES) expect(values).not.toContain(hidden);
    for (const hidden of ["diajukan", "dikembalikan", "ditolak", "digabung"]) expect(values).not.toContain(hidden);
    for (const s of MEMBER_VISIBLE_STATUSES) expect(values).toContain(s);
    for (const v of values) {
      const page = await listInbox(m1, { status: v });
      expect(page.items.every((i) => i.status === v)).toBe(true);
    }
  });

  it("shows aspiration statuses as labelled badges, not raw text", async () => {
    await aspiration("Saluran tersumbat uji lencana");
    const { items } = await listInbox(m1, { type: "aspirasi", q: "uji lencana" });
    const html = renderToStaticMarkup(createElement(InboxList, { items }));
    expect(html).toContain(">Ditindaklanjuti<");
    expect(html).not.toContain(">ditindaklanjuti<");
  });
});
