import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MemberPokirActions } from "@/components/pokir/member-actions";
import { ProposalSummary } from "@/components/pokir/proposal-summary";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { getProposalForMember } from "@/lib/pokir/read";

export const metadata: Metadata = { title: "Usulan Pokir" };

export default async function MemberPokirPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("inbox.read");
  const { id } = await params;
  const p = await getProposalForMember(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <PageHeader title={p.title} description={`Usulan pokir ${p.trackingCode}`} />
      <MemberPokirActions
        id={p.id}
        status={p.status}
        mine={p.adoptedBy === actor.id}
        adopter={p.adopterName}
        endorsed={p.endorsements.some((e) => e.memberId === actor.id)}
        endorsers={p.endorsements.map((e) => e.name)}
        locked={p.locked}
        reses={p.myReses.map((r) => ({ id: r.id, label: `${r.heldOn} — ${r.place}` }))}
        resesId={p.resesId}
      />
      <ProposalSummary p={p} photos={p.photos} timeline={p.timeline} />
    </div>
  );
}
