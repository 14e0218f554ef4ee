const field = "mt-1 block rounded-md border border-slate-400 bg-white px-2 py-2 text-sm";

type Option = { id: string | number; name: string };

function Choice({ id, label, options, all = "Semua" }: { id: string; label: string; options: Option[]; all?: string }) {
  return (
    <div>
      <label htmlFor={`ekspor-${id}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`ekspor-${id}`} name={id} defaultValue="" className={field}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The SIPD export choices (a GET form to the export endpoint: works without JavaScript). */
export function ExportForm({
  periodId,
  dapil,
  members,
  opd,
}: {
  periodId?: number;
  dapil: Option[];
  members: Option[];
  opd: Option[];
}) {
  if (!periodId) return null;
  return (
    <details className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Ekspor untuk SIPD (CSV, XLSX, PDF rekapitulasi)</summary>
      <form method="get" action="/api/v1/pokir/ekspor" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name="periode" value={periodId} />
        <div>
          <label htmlFor="ekspor-format" className="block text-sm font-semibold">
            Format
          </label>
          <select id="ekspor-format" name="format" defaultValue="xlsx" className={field}>
            <option value="xlsx">XLSX</option>
            <option value="csv">CSV</option>
            <option value="pdf">PDF rekapitulasi</option>
          </select>
        </div>
        <div>
          <label htmlFor="ekspor-per" className="block text-sm font-semibold">
            Kelompokkan per
          </label>
          <select id="ekspor-per" name="per" defaultValue="dapil" className={field}>
            <option value="dapil">Dapil</option>
            <option value="anggota">Anggota</option>
            <option value="opd">OPD</option>
          </select>
        </div>
        <Choice id="dapil" label="Dapil" options={dapil} />
        <Choice id="anggota" label="Anggota" options={members} />
        <Choice id="opd" label="OPD" options={opd} />
        <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Unduh</button>
      </form>
    </details>
  );
}
