import { AppShell } from "@/components/layout/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { db } from "@/lib/db";
import { countNewDisposisi } from "@/lib/letters/disposisi/inbox";
import { OFFICE_NAV } from "@/lib/navigation";

export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("office.access");
  return (
    <AppShell actor={actor} title="Sekretariat DPRD Kota Balikpapan" nav={OFFICE_NAV} badges={{ "/sekretariat/disposisi": await countNewDisposisi(db, actor) }}>
      {children}
    </AppShell>
  );
}
