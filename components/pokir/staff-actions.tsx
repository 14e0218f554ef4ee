"use client";

import { Card } from "@/components/ui/misc";
import {
  classifyPokirAction,
  mergePokirAction,
  recordOutcomeAction,
  rejectPokirAction,
  returnPokirAction,
  verifyPokirAction,
} from "@/lib/pokir/actions";
import { staffPokirSteps } from "@/lib/pokir/staff-steps";
import { ClassifyStep, MergeStep, OutcomeStep, ReasonStep, VerifyStep } from "./staff-step-forms";

/** Secretariat actions on one proposal: verify, return, reject, classify, merge, outcome. */
export function StaffPokirActions(props: {
  id: string;
  status: string;
  adopted: boolean;
  bidangId: number | null;
  opdId: number | null;
  options: { bidang: { id: number; name: string }[]; opd: { id: number; name: string }[] };
  suggestions: { id: string; label: string }[];
  canFinalize: boolean;
}) {
  const { id } = props;
  const steps = staffPokirSteps(props);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {steps.verify ? (
        <Card>
          <VerifyStep action={verifyPokirAction.bind(null, id)} />
        </Card>
      ) : null}
      {steps.return ? (
        <Card>
          <ReasonStep
            action={returnPokirAction.bind(null, id)}
            id="return-reason"
            label="Kembalikan untuk diperbaiki"
            reasonLabel="Alasan dikembalikan (dikirim ke pengusul)"
          />
        </Card>
      ) : null}
      {steps.reject ? (
        <Card>
          <ReasonStep
            action={rejectPokirAction.bind(null, id)}
            id="reject-reason"
            label="Tolak"
            reasonLabel="Alasan penolakan"
            danger
          />
        </Card>
      ) : null}
      {steps.classify ? (
        <Card>
          <ClassifyStep
            action={classifyPokirAction.bind(null, id)}
            bidangId={props.bidangId}
            opdId={props.opdId}
            bidang={props.options.bidang}
            opd={props.options.opd}
          />
        </Card>
      ) : null}
      {steps.merge ? (
        <Card>
          <MergeStep action={mergePokirAction.bind(null, id)} suggestions={props.suggestions} />
        </Card>
      ) : null}
      {steps.outcome ? (
        <Card>
          <OutcomeStep action={recordOutcomeAction.bind(null, id)} />
        </Card>
      ) : null}
    </div>
  );
}
