import { Card, PageHeader } from "@/components/ui/misc";
import type { accountOverview } from "@/lib/auth/account";
import {
  changePasswordAction,
  confirmTotpAction,
  disableTotpAction,
  endOtherSessionsAction,
  startTotpAction,
} from "@/lib/auth/account-actions";
import type { Actor } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { ChangePasswordForm, EndSessionsForm, TotpForms } from "./account-forms";

/** Own account: password, second factor and sessions (shared by portal and back office); the page loads `overview`. */
export function AccountPage({
  actor,
  overview,
}: {
  actor: Actor;
  overview: Awaited<ReturnType<typeof accountOverview>>;
}) {
  const others = overview.sessions.filter((s) => s.id !== overview.currentSessionId).length;
  return (
    <div className="space-y-6">
      <PageHeader title="Akun saya" description={`${actor.name} · ${actor.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <TotpForms
          enabled={overview.totpEnabled}
          mustEnable={overview.mustEnableTotp}
          start={startTotpAction}
          confirm={confirmTotpAction}
          disable={disableTotpAction}
        />
        <ChangePasswordForm action={changePasswordAction} />
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Sesi aktif</h2>
        <ul className="mb-4 space-y-2 text-sm">
          {overview.sessions.map((s) => (
            <li key={s.id} className="rounded border border-slate-200 px-3 py-2">
              <span className="font-medium">{s.userAgent ? s.userAgent.slice(0, 80) : "Peramban tidak dikenal"}</span>
              {s.id === overview.currentSessionId ? <span className="ml-2 text-green-800">(sesi ini)</span> : null}
              <span className="block text-slate-600">
                Masuk {formatDateTime(s.createdAt)} · terakhir aktif {formatDateTime(s.lastSeenAt)}
              </span>
            </li>
          ))}
        </ul>
        {others > 0 ? <EndSessionsForm action={endOtherSessionsAction} others={others} /> : null}
      </Card>
    </div>
  );
}
