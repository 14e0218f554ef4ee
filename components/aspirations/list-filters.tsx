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
    <form
      method="get"
      action={action}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <div className="lg:col-span-2">
        <label htmlFor="f-q" className="block text-sm font-semibold">
          Cari
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          maxLength={200}
          className={sel}
          placeholder="mis. jalan rusak"
        />
      </div>
      <FilterSelect
        id="f-kec"
        name="kecamatan"
        label="Kecamatan"
        value={values.kecamatan}
        options={kecamatan.map((k) => ({ value: String(k.id), label: k.name }))}
      />
      <FilterSelect
        id="f-kat"
        name="kategori"
        label="Kategori"
        value={values.kategori}
        options={categories.map((c) => ({ value: String(c.id), label: c.name }))}
      />
      <FilterSelect
        id="f-status"
        name="status"
        label="Status"
        value={values.status}
        options={statuses.map((st) => ({ value: st, label: STATUS_LABELS[st] }))}
      />
      {extra}
      <div className="lg:col-span-5">
        <Button type="submit">Terapkan</Button>
      </div>
    </form>
  );
}

function FilterSelect({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value?: string | number;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)} className={sel}>
        <option value="">Semua</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A query string from filter values, dropping empties. */
export function queryString(
  values: Record<string, string | number | undefined>,
  over: Record<string, string | number | undefined> = {},
): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...values, ...over })) if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}
