import type { MemberFilter } from "@/lib/members/directory";

type Options = { dapil: { number: number; name: string }[]; fraksi: string[]; komisi: string[] };

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col text-sm font-semibold">
      {label}
      <select
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-2 font-normal"
      >
        <option value="">Semua</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters by dapil, fraksi and komisi: a plain GET form, so it works without JavaScript. */
export function MemberFilters({ options, value }: { options: Options; value: MemberFilter }) {
  return (
    <form
      method="get"
      action="/anggota"
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 sm:items-end"
    >
      <Select
        name="dapil"
        label="Dapil"
        value={value.dapil ? String(value.dapil) : undefined}
        options={options.dapil.map((d) => ({ value: String(d.number), label: d.name }))}
      />
      <Select
        name="fraksi"
        label="Fraksi"
        value={value.fraksi}
        options={options.fraksi.map((f) => ({ value: f, label: f }))}
      />
      <Select
        name="komisi"
        label="Komisi"
        value={value.komisi}
        options={options.komisi.map((k) => ({ value: k, label: k }))}
      />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Tampilkan
      </button>
    </form>
  );
}
