import { NATURES, NATURE_LABELS } from "@/lib/letters/constants";

/** Search and filters of a letter list (a plain GET form: works without JavaScript, URLs can be shared). */
export function LetterFilters({
  values,
  statuses,
  errors = {},
}: {
  values: Record<string, string | undefined>;
  statuses: { value: string; label: string }[];
  errors?: Record<string, string[]>;
}) {
  const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
  const err = (k: string) =>
    errors[k]?.length ? <span className="block text-sm font-medium text-red-700">{errors[k][0]}</span> : null;
  return (
    <form
      role="search"
      aria-label="Cari surat"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className="block text-sm font-semibold">
          Kata kunci
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={values.q}
          maxLength={200}
          placeholder="perihal, pengirim, atau nomor"
          className={input}
        />
        {err("q")}
      </div>
      <div>
        <label htmlFor="f-dari" className="block text-sm font-semibold">
          Dari tanggal
        </label>
        <input id="f-dari" name="dari" type="date" defaultValue={values.dari} className={input} />
        {err("dari")}
      </div>
      <div>
        <label htmlFor="f-sampai" className="block text-sm font-semibold">
          Sampai tanggal
        </label>
        <input id="f-sampai" name="sampai" type="date" defaultValue={values.sampai} className={input} />
        {err("sampai")}
      </div>
      <div>
        <label htmlFor="f-klas" className="block text-sm font-semibold">
          Klasifikasi
        </label>
        <input
          id="f-klas"
          name="klasifikasi"
          defaultValue={values.klasifikasi}
          maxLength={30}
          placeholder="mis. 000.1"
          className={input}
        />
        {err("klasifikasi")}
      </div>
      <div>
        <label htmlFor="f-sifat" className="block text-sm font-semibold">
          Sifat
        </label>
        <select id="f-sifat" name="sifat" defaultValue={values.sifat ?? ""} className={input}>
          <option value="">Semua</option>
          {NATURES.map((n) => (
            <option key={n} value={n}>
              {NATURE_LABELS[n]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-status" className="block text-sm font-semibold">
          Status
        </label>
        <select id="f-status" name="status" defaultValue={values.status ?? ""} className={input}>
          <option value="">Semua</option>
          {statuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Terapkan
        </button>
      </div>
    </form>
  );
}
