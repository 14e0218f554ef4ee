import { Button } from "@/components/ui/button";
import { STATUS_LABELS, type AspirationStatus } from "@/lib/aspirations/constants";

const sel = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** GET filter form shared by the public list and the staff queue (no client JS). */
export function ListFilters({
  action,
  values,
  kecamatan,
  categories,
  statuses,
  extra,
}: {
  action: string;
  values: { q?: string; kecamatan?: number; kategori?: number; status?: string };
  kecamatan: { id: number; name: string }[];
  categories: { id: number; name: string }[];
  statuses: readonly AspirationStatus[];
  extra?: React.ReactNode;
}) {
  return (
    <form method="get" action={action} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <div className="lg:col-span-2">
        <label htmlFor="f-q" className="block text-sm font-semibold">
          Cari
        </label>
        <input id="f-q" name="q" type="search" defaultValue={values.q ?? ""} maxLength={200} className={sel} placeholder="mis. jalan rusak" />
      </div>
      <div>
        <label htmlFor="f-kec" className="block text-sm font-semibold">
          Kecamatan
        </label>
        <select id="f-kec" name="kecamatan" defaultValue={values.kecamatan ? String(values.kecamatan) : ""} className={sel}>
          <option value="">Semua</option>
          {kecamatan.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-kat" className="block text-sm font-semibold">
          Kategori
        </label>
        <select id="f-kat" name="kategori" defaultValue={values.kategori ? String(values.kategori) : ""} className={sel}>
          <option value="">Semua</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-status" className="block text-sm font-semibold">
          Status
        </label>
        <select id="f-status" name="status" defaultValue={values.status ?? ""} className={sel}>
          <option value="">Semua</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {extra}
      <div className="lg:col-span-5">
        <Button type="submit">Terapkan</Button>
      </div>
    </form>
  );
}

/** A query string from filter values, dropping empties. */
export function queryString(values: Record<string, string | number | undefined>, over: Record<string, string | number | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...values, ...over })) if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}
