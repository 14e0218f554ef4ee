"use client";

import { UntilHydrated } from "@/components/form/until-hydrated";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/http/form-state";
import type { MeetingInput } from "@/lib/minutes/schema";
import { AgendaFieldset, GuestsFieldset, MeetingDetails, type Option, type TypeOption } from "./meeting-fields";
import { useMeetingForm } from "./use-meeting-form";

/** Create/edit a meeting with its agenda and guests (react-hook-form, same zod schema as the server). */
export function MeetingForm(props: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  types: TypeOption[];
  members: Option[];
  staff: Option[];
  initial?: Partial<MeetingInput>;
  submitLabel: string;
}) {
  const { action, types, members, staff, initial, submitLabel } = props;
  const m = useMeetingForm(action, initial);
  // Picking a type fills in its default nature and quorum rule.
  const onType = (typeId: string) => {
    m.form.setValue("typeId", typeId as unknown as number);
    const t = types.find((x) => String(x.id) === typeId);
    if (t) {
      m.form.setValue("nature", t.defaultNature);
      m.form.setValue("quorumRule", t.defaultQuorumRule);
    }
  };
  return (
    <form onSubmit={m.onSubmit} noValidate>
      <UntilHydrated className="space-y-6">
        <FormMessage status={m.state.status} message={m.state.message} />
        <MeetingDetails field={m.field} types={types} members={members} staff={staff} onType={onType} />
        <AgendaFieldset field={m.field} agenda={m.agenda} error={m.agendaError} />
        <GuestsFieldset field={m.field} guests={m.guests} />
        <Button type="submit" disabled={m.pending}>
          {m.pending ? "Menyimpan…" : submitLabel}
        </Button>
      </UntilHydrated>
    </form>
  );
}
