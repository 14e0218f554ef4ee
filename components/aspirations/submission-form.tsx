"use client";

import { AntiSpamFields } from "@/components/form/anti-spam";
import { UploadProgress } from "@/components/form/upload-progress";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { fileLimitHint } from "@/lib/attachments/limits";
import type { FormState } from "@/lib/http/form-state";
import { AspirationSection, IdentitySection, LocationSection } from "./submission-fields";
import { useSubmissionForm, type AreaOptions } from "./use-submission-form";

export type { AreaOptions } from "./use-submission-form";

/**
 * The citizen's aspiration form: short, mobile-first, validated in the browser with the same zod
 * schema as the server (loaded on the form's first focus, see useLazyValidation), then sent as FormData to the server action with files
 * (photos downscaled first). Rendered on the server as a POST form to the same action, so it works
 * before hydration and without JavaScript: the server validates and renders it again with the
 * errors and the typed values (defaultValue/defaultChecked from the action state).
 */
export function SubmissionForm(props: {
  action: (p: FormState, fd: FormData) => Promise<FormState>;
  areas: AreaOptions;
  formToken: string;
  challenge: boolean;
  prefill?: Record<string, string>;
}) {
  const { areas } = props;
  const f = useSubmissionForm(props.action, areas, props.prefill);
  const { field } = f;
  return (
    <form action={f.formAction} {...f.formProps} className="space-y-6" noValidate>
      <FormMessage status={f.status} message={f.message} />
      <AspirationSection field={field} categories={areas.categories} />
      <LocationSection
        field={field}
        kecamatan={areas.kecamatan}
        kelurahan={f.kelurahan}
        citywide={f.citywide}
        kecamatanChosen={Boolean(f.kecamatanId)}
        hydrated={f.hydrated}
      />
      <IdentitySection field={field} anonymous={f.anonymous} />
      <TextField
        name="lampiran"
        label="Lampiran (opsional)"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,application/pdf"
        errors={f.state.fieldErrors?.lampiran}
        hint={`Foto atau PDF, ${fileLimitHint()}. Foto besar diperkecil otomatis sebelum dikirim. Data lokasi (EXIF/GPS) pada foto dihapus otomatis.`}
      />
      <CheckboxField
        label={
          <>
            Saya menyetujui pemrosesan data pribadi saya untuk menindaklanjuti aspirasi ini sesuai{" "}
            <a href="/privasi" className="underline">
              kebijakan privasi
            </a>
            .
          </>
        }
        {...field("consent")}
      />
      <AntiSpamFields formToken={props.formToken} challenge={props.challenge} error={f.state.fieldErrors?.altcha} />
      <Button type="submit" disabled={f.pending} aria-disabled={f.pending} className="w-full sm:w-auto">
        {f.pending ? "Mengirim…" : "Kirim aspirasi"}
      </Button>
      <UploadProgress pending={f.pending} bytes={f.bytes} />
    </form>
  );
}
