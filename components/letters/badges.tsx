import { Badge } from "@/components/ui/misc";
import {
  DISPOSISI_STATUS_LABELS,
  INCOMING_STATUS_LABELS,
  NATURE_LABELS,
  OUTGOING_STATUS_LABELS,
  type DisposisiStatus,
  type IncomingStatus,
  type Nature,
  type OutgoingStatus,
} from "@/lib/letters/constants";

const NATURE_TONE = { biasa: "slate", penting: "blue", segera: "amber", rahasia: "red" } as const;
const IN_TONE = {
  diterima: "slate",
  didisposisikan: "blue",
  ditindaklanjuti: "amber",
  selesai: "green",
  diarsipkan: "slate",
} as const;
const OUT_TONE = { draf: "slate", terbit: "green", dibatalkan: "red" } as const;
const DISP_TONE = { dikirim: "amber", diterima: "blue", ditindaklanjuti: "blue", selesai: "green" } as const;

export function NatureBadge({ nature }: { nature: Nature }) {
  return <Badge tone={NATURE_TONE[nature]}>{NATURE_LABELS[nature]}</Badge>;
}

export function IncomingStatusBadge({ status }: { status: IncomingStatus }) {
  return <Badge tone={IN_TONE[status]}>{INCOMING_STATUS_LABELS[status]}</Badge>;
}

export function OutgoingStatusBadge({ status }: { status: OutgoingStatus }) {
  return <Badge tone={OUT_TONE[status]}>{OUTGOING_STATUS_LABELS[status]}</Badge>;
}

export function DisposisiStatusBadge({ status }: { status: DisposisiStatus }) {
  return <Badge tone={DISP_TONE[status]}>{DISPOSISI_STATUS_LABELS[status]}</Badge>;
}

export function OverdueBadge({ days }: { days?: number }) {
  return <Badge tone="red">{days ? `Terlambat ${days} hari kerja` : "Terlambat"}</Badge>;
}
