import { AppShell } from "@/components/layout/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { countNewDisposisi } from "@/lib/letters/disposisi/inbox";
import { countUnread } from "@/lib/inbox/service";
import { PORTAL_NAV } from "@/lib/navigation";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("portal.access");
  return (
    <AppShell
      actor={actor}
      title="Portal Anggota DPRD"
      nav={PORTAL_NAV}
      badges={{ "/portal/disposisi": await countNewDisposisi(actor), "/portal/kotak-masuk": await countUnread(actor) }}
    >
      {children}
    </AppShell>
  );
}
