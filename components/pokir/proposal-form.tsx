"use client";

import { AntiSpamFields } from "@/components/form/anti-spam";
import { UploadProgress } from "@/components/form/upload-progress";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/http/form-state";
import {
  ChecklistBox,
  LocationSection,
  ProposalSection,
  ProposerSection,
  VolumeSection,
  type ProposalFormOptions,
} from "./proposal-fields";
import { useProposalForm, type ProposalMode } from "./use-proposal-form";

export type { ProposalFormOptions } from "./proposal-fields";

/**
 * The pokir proposal form: validated in the browser with the same zod schema the server uses (loaded
 * on the form's first focus), the SIPD
 * completeness checklist shown live before submission, photos (downscaled in the browser), and
 * (public mode, when `antiSpam` is given) the shared anti-spam fields: honeypot, signed fill time
 * and the ALTCHA widget, as on the aspiration form. Rendered as a POST form to the server action, so
 * it works before hydration and without JavaScript; the typed values come back as defaultValue after an error.
 */
export function ProposalForm({
  action,
  options,
  mode,
  hidden = {},
  antiSpam,
  defaults = {},
  existingPhotos = 0,
  submitLabel = "Kirim usulan",
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  options: ProposalFormOptions;
  mode: ProposalMode;
  hidden?: Record<string, string>;
  antiSpam?: { formToken: string; challenge: boolean };
  defaults?: Record<string, string>;
  existingPhotos?: number;
  submitLabel?: string;
}) {
  const f = useProposalForm(action, mode, defaults, existingPhotos);
  return (
    <form action={f.formAction} {...f.formProps} noValidate className="space-y-6">
      <FormMessage status={f.uploadError ? "error" : f.state.status} message={f.uploadError ?? f.state.message} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <ProposalSection field={f.field} options={options} mode={mode} />
      <LocationSection field={f.field} options={options} onLocate={f.locate} />
      <VolumeSection
        field={f.field}
        mode={mode}
        existingPhotos={existingPhotos}
        photoErrors={f.server.photos}
        onPhotos={f.setPhotoCount}
      />
      {mode !== "correct" ? <ProposerSection field={f.field} mode={mode} /> : null}
      <ChecklistBox checklist={f.checklist} />
      {antiSpam ? (
        <AntiSpamFields formToken={antiSpam.formToken} challenge={antiSpam.challenge} error={f.server.altcha} />
      ) : null}
      <Button type="submit" disabled={f.pending}>
        {f.pending ? "Mengirim…" : submitLabel}
      </Button>
      <UploadProgress pending={f.pending} bytes={f.bytes} />
    </form>
  );
}
