import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalSummary } from "@/components/pokir/proposal-summary";
import { StaffPokirActions } from "@/components/pokir/staff-actions";
import { PokirSubnav } from "@/components/pokir/subnav";
import { PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { getProposalForStaff, pokirFormOptions } from "@/lib/pokir/read";
import { mergeSuggestions } from "@/lib/pokir/staff";

export const metadata: Metadata = { title: "Usulan Pokir" };

export default async function StaffPokirPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("pokir.verify");
  const { id } = await params;
  const p = await getProposalForStaff(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const [options, suggestions] = await Promise.all([pokirFormOptions(), mergeSuggestions(actor, id)]);
  return (
    <div className="space-y-6">
      <PageHeader title={p.title} description={`Usulan pokir ${p.trackingCode}`} />
      <PokirSubnav admin={actor.role === "admin"} />
      <StaffPokirActions
        id={p.id}
        status={p.status}
        adopted={Boolean(p.adoptedBy)}
        bidangId={p.bidangId}
        opdId={p.opdId}
        options={options}
        suggestions={suggestions.map((s) => ({
          id: s.id,
          label: `${s.trackingCode} — ${s.title} (${Math.round(s.similarity * 100)}% mirip)`,
        }))}
        canFinalize={can(actor, "pokir.finalize")}
      />
      <ProposalSummary p={p} photos={p.photos} timeline={p.timeline} showContact />
    </div>
  );
}
