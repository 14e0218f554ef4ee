import type { QuorumResult } from "@/lib/minutes/quorum";

/** The quorum statement, plainly, green when met and red when not. */
export function QuorumBox({ quorum, live }: { quorum: QuorumResult; live?: boolean }) {
  return (
    <p
      role={live ? "status" : undefined}
      aria-live={live ? "polite" : undefined}
      className={`rounded-md border px-4 py-3 font-semibold ${quorum.met ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
    >
      {quorum.statement}
    </p>
  );
}
