import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenForm } from "@/components/tokens/token-forms";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requirePageActor } from "@/lib/auth/page";
import { createTokenAction, revokeTokenAction } from "@/lib/auth/token-actions";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Token API" };

export default async function TokenPage() {
  const actor = await requirePageActor("apiTokens.manage");
  const tokens = await listApiTokens(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Token API pribadi"
        description="Untuk aplikasi mesin (mis. stasiun pemindai surat) yang memakai API Si Dilan atas nama Anda. Token disimpan dalam bentuk hash."
      />
      <Card>
        <h2 className="mb-4 text-lg font-bold">Buat token baru</h2>
        <CreateTokenForm action={createTokenAction} />
      </Card>
      {tokens.length === 0 ? (
        <EmptyState title="Anda belum memiliki token" />
      ) : (
        <ul className="space-y-3">
          {tokens.map((t) => (
            <li
              key={t.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4"
            >
              <div>
                <p className="font-semibold">
                  {t.name}{" "}
                  <Badge tone={t.scope === "write" ? "amber" : "blue"}>
                    {t.scope === "write" ? "Baca dan tulis" : "Baca saja"}
                  </Badge>{" "}
                  {t.revokedAt ? <Badge tone="red">Dicabut</Badge> : null}
                </p>
                <p className="text-sm text-slate-600">
                  <code>sdl_{t.prefix}_…</code> · dibuat {formatDateTime(t.createdAt)} · terakhir dipakai{" "}
                  {formatDateTime(t.lastUsedAt)}
                </p>
              </div>
              {t.revokedAt ? null : <RevokeTokenForm action={revokeTokenAction.bind(null, t.id)} name={t.name} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
