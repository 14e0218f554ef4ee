type Kec = { id: number; name: string; kelurahan: { slug: string; name: string }[] };

/** Kecamatan and kelurahan choice as a plain GET form (kelurahan grouped by kecamatan): works without JavaScript. */
export function AreaPicker({ areas, kecamatan, kelurahan }: { areas: Kec[]; kecamatan?: number; kelurahan?: string }) {
  return (
    <form
      method="get"
      action="/wakil-saya"
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 sm:items-end"
    >
      <label className="flex flex-col text-sm font-semibold">
        Kecamatan
        <select
          name="kecamatan"
          defaultValue={kecamatan ? String(kecamatan) : ""}
          className="mt-1 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-2 font-normal"
        >
          <option value="">Pilih kecamatan</option>
          {areas.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm font-semibold">
        Kelurahan
        <select
          name="kelurahan"
          defaultValue={kelurahan ?? ""}
          className="mt-1 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-2 font-normal"
        >
          <option value="">Pilih kelurahan</option>
          {areas.map((k) => (
            <optgroup key={k.id} label={`Kec. ${k.name}`}>
              {k.kelurahan.map((l) => (
                <option key={l.slug} value={l.slug}>
                  {l.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Cari wakil saya
      </button>
    </form>
  );
}
