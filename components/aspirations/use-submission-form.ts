"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useMemo, useState, useTransition, type BaseSyntheticEvent } from "react";
import { useForm, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import { useHydrated } from "@/components/form/use-hydrated";
import { submissionSchemaFor } from "@/lib/aspirations/schema";
import { prepareUploads } from "@/lib/attachments/client-upload";
import { initialFormState, type FormState } from "@/lib/http/form-state";

export interface AreaOptions {
  kecamatan: { id: number; name: string }[];
  kelurahan: { id: number; name: string; kecamatanId: number }[];
  categories: { id: number; name: string }[];
}

type Values = Record<string, string | boolean | undefined>;

/** What a kit field needs for one submission field: its registration, no-JS value and errors. */
export type SubmissionField = (
  name: string,
) => UseFormRegisterReturn & { errors?: string[]; defaultValue?: string; defaultChecked?: boolean };

const TEXT_FIELDS = [
  "title",
  "body",
  "category",
  "kecamatan",
  "kelurahan",
  "address",
  "name",
  "phone",
  "email",
] as const;
const CHECKBOXES = ["citywide", "anonymous", "confidential", "consent"] as const;

/** The form's starting values: empty, or what the citizen sent when the server refused it. */
function initialValues(sent: Record<string, string> = {}): Values {
  const v: Values = {};
  for (const k of TEXT_FIELDS) v[k] = sent[k] ?? "";
  for (const k of CHECKBOXES) v[k] = sent[k] === "on" || sent[k] === "true";
  return v;
}

/** The kelurahan choices: those of the chosen kecamatan, or all of them (with kecamatan) before hydration. */
function kelurahanOptions(areas: AreaOptions, kecamatanId: unknown, hydrated: boolean) {
  if (hydrated)
    return areas.kelurahan
      .filter((k) => String(k.kecamatanId) === String(kecamatanId))
      .map((k) => ({ value: String(k.id), label: k.name }));
  const kecName = new Map(areas.kecamatan.map((k) => [k.id, k.name]));
  return areas.kelurahan.map((k) => ({
    value: String(k.id),
    label: `${k.name} (Kec. ${kecName.get(k.kecamatanId) ?? "?"})`,
  }));
}

/**
 * The aspiration form's state: react-hook-form with the server's zod schema, values and errors
 * coming back from the server, the dependent kelurahan list, and the submit that downscales
 * photos before posting to the server action.
 */
export function useSubmissionForm(
  action: (p: FormState, fd: FormData) => Promise<FormState>,
  areas: AreaOptions,
  prefill?: Record<string, string>,
) {
  // `prefill` (e.g. the kelurahan from "Siapa wakil saya?") only seeds the first render.
  const [state, formAction] = useActionState(
    action,
    prefill ? { ...initialFormState, values: prefill } : initialFormState,
  );
  const [pending, startTransition] = useTransition();
  const [bytes, setBytes] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | undefined>();
  const hydrated = useHydrated();
  const initial = initialValues(state.values);
  // The server's schema with the web form's cross-field rules (consent, kelurahan in the kecamatan).
  const schema = useMemo(() => submissionSchemaFor({ channel: "web", kelurahan: areas.kelurahan }), [areas.kelurahan]);
  const { register, handleSubmit, control, formState } = useForm<Values>({
    resolver: zodResolver(schema as never) as never,
    mode: "onBlur",
    defaultValues: initial,
  });
  const kecamatanId = useWatch({ control, name: "kecamatan" });
  const citywide = Boolean(useWatch({ control, name: "citywide" }));
  const anonymous = Boolean(useWatch({ control, name: "anonymous" }));
  const fe = (name: string): string[] | undefined => {
    const client = formState.errors[name]?.message;
    return client ? [String(client)] : state.fieldErrors?.[name];
  };
  // Without JavaScript react-hook-form never fills the fields: give them their value in the HTML too.
  const field: SubmissionField = (name) => {
    const v = initial[name];
    return {
      ...register(name),
      errors: fe(name),
      ...(typeof v === "boolean" ? { defaultChecked: v } : { defaultValue: v ?? "" }),
    };
  };
  const onValid = (_values: Values, event?: BaseSyntheticEvent) => {
    const fd = new FormData(event?.target as HTMLFormElement);
    startTransition(async () => {
      const ready = await prepareUploads(fd, "lampiran");
      setUploadError(ready.error);
      if (ready.error) return;
      setBytes(ready.bytes);
      // After an await the transition context is gone: dispatch in a new one.
      startTransition(() => formAction(fd));
    });
  };
  const hasClientErrors = Object.keys(formState.errors).length > 0;
  return {
    state,
    formAction,
    onSubmit: handleSubmit(onValid),
    pending,
    bytes,
    field,
    hydrated,
    kecamatanId,
    citywide,
    anonymous,
    kelurahan: kelurahanOptions(areas, kecamatanId, hydrated),
    status: hasClientErrors || uploadError ? ("error" as const) : state.status,
    message: hasClientErrors ? "Periksa kembali isian yang ditandai." : (uploadError ?? state.message),
  };
}
