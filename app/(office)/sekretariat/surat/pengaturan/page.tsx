import type { Metadata } from "next";
import { RegisterForm } from "@/components/letters/register-form";
import { LettersSubnav } from "@/components/letters/subnav";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createRegisterAction, updateRegisterAction } from "@/lib/letters/admin/actions";
import { listRegisters } from "@/lib/letters/admin/service";
import { todayWita } from "@/lib/letters/input-checks";

export const metadata: Metadata = { title: "Format Nomor Surat" };

export default async function NumberSettingsPage() {
  const actor = await requirePageActor("letter.settings.manage");
  const registers = await listRegisters(actor);
  const today = todayWita();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Format nomor surat"
        description="Format, lebar nomor urut, dan kode unit per register. Nomor urut tidak pernah diulang dari awal saat format diubah; nomor yang sudah terbit tetap."
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/pengaturan" />
      {registers.map((r) => (
        <Card key={r.id}>
          <h2 className="text-lg font-bold">
            {r.name}{" "}
            <span className="text-sm font-normal text-slate-600">
              ({r.direction === "masuk" ? "surat masuk" : "surat keluar"}, kode {r.code})
            </span>
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Nomor terakhir tahun {today.slice(0, 4)}: {r.lastThisYear}
          </p>
          <RegisterForm
            action={updateRegisterAction.bind(null, String(r.id))}
            initial={r}
            idPrefix={`reg-${r.id}`}
            today={today}
          />
        </Card>
      ))}
      <Card>
        <h2 className="mb-3 text-lg font-bold">Tambah register</h2>
        <RegisterForm action={createRegisterAction} isNew idPrefix="reg-new" today={today} />
      </Card>
    </div>
  );
}
