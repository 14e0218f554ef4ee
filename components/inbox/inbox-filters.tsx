import type { InboxQuery } from "@/lib/inbox/query";
import { FilterDisclosure } from "@/components/ui/table";
import { inboxStatusOptions, type InboxFilterOptions } from "@/lib/inbox/options";

const sel = "mt-1 block max-w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm";

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value?: string | number;
  options: [string | number, string][];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={sel}>
        <option value="">Semua</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filter bar of the inbox (a GET form: filters live in the URL). */
export function InboxFilters({ filters: f, options }: { filters: InboxQuery; options: InboxFilterOptions }) {
  return (
    <FilterDisclosure
      active={Boolean(
        f.q ||
        f.type ||
        f.status ||
        f.kategori ||
        f.bidang ||
        f.kelurahan ||
        f.periode ||
        f.dari ||
        f.sampai ||
        f.belum,
      )}
    >
      <form role="search" aria-label="Saring kotak masuk" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Cari
          </label>
          <input id="q" name="q" type="search" defaultValue={f.q} maxLength={100} className={sel} />
        </div>
        <Select
          id="type"
          label="Jenis"
          value={f.type}
          options={[
            ["aspirasi", "Aspirasi"],
            ["pokir", "Pokir"],
          ]}
        />
        <Select id="status" label="Status" value={f.status} options={inboxStatusOptions()} />
        <Select
          id="kategori"
          label="Kategori aspirasi"
          value={f.kategori}
          options={options.categories.map((c) => [c.id, c.name])}
        />
        <Select id="bidang" label="Bidang pokir" value={f.bidang} options={options.bidang.map((c) => [c.id, c.name])} />
        <Select
          id="kelurahan"
          label="Kelurahan"
          value={f.kelurahan}
          options={options.kelurahan.map((c) => [c.id, c.name])}
        />
        <Select
          id="periode"
          label="Periode pokir"
          value={f.periode}
          options={options.periods.map((c) => [c.id, c.name])}
        />
        <div>
          <label htmlFor="dari" className="block text-sm font-semibold">
            Dari
          </label>
          <input id="dari" name="dari" type="date" defaultValue={f.dari} className={sel} />
        </div>
        <div>
          <label htmlFor="sampai" className="block text-sm font-semibold">
            Sampai
          </label>
          <input id="sampai" name="sampai" type="date" defaultValue={f.sampai} className={sel} />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input
            id="belum"
            name="belum"
            type="checkbox"
            value="1"
            defaultChecked={Boolean(f.belum)}
            className="size-4"
          />
          <label htmlFor="belum" className="text-sm">
            Hanya belum dibaca
          </label>
        </div>
        <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Terapkan</button>
      </form>
    </FilterDisclosure>
  );
}
