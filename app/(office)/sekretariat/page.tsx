import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { OFFICE_NAV } from "@/lib/navigation";

export const metadata: Metadata = { title: "Sekretariat" };

export default async function OfficeHome({ searchParams }: { searchParams: Promise<{ akses?: string }> }) {
  const actor = await requirePageActor("office.access");
  const { akses } = await searchParams;
  const items = OFFICE_NAV.filter((i) => i.href !== "/sekretariat" && (!i.permission || can(actor, i.permission)));
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Selamat datang, ${actor.name}`}
        description={actor.unit ?? "Sekretariat DPRD Kota Balikpapan"}
      />
      {akses === "ditolak" ? <Alert tone="warning">Halaman yang Anda tuju khusus untuk anggota DPRD.</Alert> : null}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((i) => (
          <li key={i.href}>
            <Card className="h-full">
              {i.ready ? (
                <Link href={i.href} className="font-semibold">
                  {i.label}
                </Link>
              ) : (
                <p className="font-semibold text-slate-600">
                  {i.label} <span className="text-xs font-normal">(segera hadir)</span>
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
