import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { listOutbox, type OutboxListItem } from "@/lib/outbox/service";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { pageParam } from "@/lib/validation";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Kotak keluar pesan" };

const STATUS: Record<OutboxListItem["status"], { label: string; tone: "slate" | "blue" | "green" | "red" }> = {
  pending: { label: "Menunggu", tone: "slate" },
  sending: { label: "Dikirim", tone: "blue" },
  sent: { label: "Terkirim", tone: "green" },
  failed: { label: "Gagal", tone: "red" },
};

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("outbox.read");
  const sp = await searchParams;
  const page = pageParam(sp.hal);
  const status = sp.status && sp.status in STATUS ? (sp.status as OutboxListItem["status"]) : undefined;
  const { items, total } = await listOutbox(actor, { status, page });
  const e = env();
  const smtp = Boolean(e.SMTP_URL);
  const wa = Boolean(e.WHATSAPP_TOKEN && e.WHATSAPP_PHONE_NUMBER_ID);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Kotak keluar pesan"
        description="Email dan WhatsApp kepada warga dan pengguna. Pesan yang gagal dikirim dicoba lagi otomatis."
      />
      {!smtp || !wa ? (
        <Alert tone="warning" title="Kanal belum lengkap">
          {!smtp ? "SMTP belum dikonfigurasi (SMTP_URL): email tetap tersimpan di antrean. " : ""}
          {!wa ? "WhatsApp Cloud API belum dikonfigurasi: pesan WhatsApp tetap tersimpan di antrean." : ""}
        </Alert>
      ) : null}
      <nav aria-label="Saring status" className="flex flex-wrap gap-2 text-sm">
        <a href="/sekretariat/outbox">Semua</a>
        {Object.entries(STATUS).map(([k, v]) => (
          <a key={k} href={`/sekretariat/outbox?status=${k}`} aria-current={status === k ? "page" : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState title="Tidak ada pesan" />
      ) : (
        <DataTable
          label="Pesan keluar"
          caption="Pesan keluar"
          columns={["Dibuat", "Kanal", "Penerima", "Subjek", "Status", "Percobaan"]}
        >
          {items.map((m) => (
            <Row key={m.id}>
              <Cell className="whitespace-nowrap">{formatDateTime(m.createdAt)}</Cell>
              <Cell>{m.channel === "email" ? "Email" : "WhatsApp"}</Cell>
              <Cell>{m.recipient}</Cell>
              <Cell>{m.subject ?? "—"}</Cell>
              <Cell>
                <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
                {m.lastError ? <span className="mt-1 block text-xs text-red-800">{m.lastError}</span> : null}
              </Cell>
              <Cell>{m.attempts}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageSize={25}
        total={total}
        href={(p) => `/sekretariat/outbox?${new URLSearchParams({ ...(status ? { status } : {}), hal: String(p) })}`}
      />
    </div>
  );
}
