import { AppShell } from "@/components/layout/app-shell";
import { mustEnrolTwoFactor } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { countNewDisposisi } from "@/lib/letters/disposisi/inbox";
import { OFFICE_NAV } from "@/lib/navigation";

export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("office.access");
  // An admin who must turn on two-step verification is here only for the enrolment page: no menu, no counts.
  if (mustEnrolTwoFactor(actor)) {
    return (
      <AppShell actor={actor} title="Sekretariat DPRD Kota Balikpapan" nav={[]}>
        {children}
      </AppShell>
    );
  }
  return (
    <AppShell
      actor={actor}
      title="Sekretariat DPRD Kota Balikpapan"
      nav={OFFICE_NAV}
      badges={{ "/sekretariat/disposisi": await countNewDisposisi(actor) }}
    >
      {children}
    </AppShell>
  );
}
