import type { PublicMember } from "@/lib/members/directory";

/** A neutral placeholder photo: the member's initials on a plain disc (until staff upload a photo). */
export function MemberPhoto({ name, size = 56 }: { name: string; size?: number }) {
  const initials = name
    .replace(/^(H|Hj|Dr|Ir)\.\s+/i, "")
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
  return (
    <svg width={size} height={size} viewBox="0 0 56 56" aria-hidden="true" className="shrink-0">
      <circle cx="28" cy="28" r="28" fill="#d6e9f5" />
      <text x="28" y="34" textAnchor="middle" fontSize="18" fontWeight="700" fill="#082a46">
        {initials}
      </text>
    </svg>
  );
}

/** One member in the list: photo, name (link to the profile), fraksi, dapil and komisi. */
export function MemberCard({ m }: { m: PublicMember }) {
  return (
    <li className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <MemberPhoto name={m.name} />
      <div className="min-w-0">
        <a href={`/anggota/${m.slug}`} className="font-semibold break-words">
          {m.name}
        </a>
        {m.position && m.position !== "Anggota" ? <p className="text-sm text-slate-700">{m.position}</p> : null}
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm text-slate-800">
          <dt className="text-slate-700">Fraksi</dt>
          <dd>{m.fraksi ?? "—"}</dd>
          <dt className="text-slate-700">Dapil</dt>
          <dd>{m.dapil ? `${m.dapil.name} (${m.kecamatan.join(", ")})` : "—"}</dd>
          <dt className="text-slate-700">Komisi</dt>
          <dd>{m.komisi ?? "—"}</dd>
        </dl>
      </div>
    </li>
  );
}
