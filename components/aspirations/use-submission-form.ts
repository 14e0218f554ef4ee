"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { useEarlyInput } from "@/components/form/use-early-input";
import { useHydrated } from "@/components/form/use-hydrated";
import { preparingUploads } from "@/components/form/prepare-uploads";
import { useLazyValidation } from "@/components/form/use-lazy-validation";
import { initialFormState, type FormState } from "@/lib/http/form-state";

export interface AreaOptions {
  kecamatan: { id: number; name: string }[];
  kelurahan: { id: number; name: string; kecamatanId: number }[];
  categories: { id: number; name: string }[];
}

type Values = Record<string, string | boolean | undefined>;

/** What a kit field needs for one submission field: its name, its value in the HTML and its errors. */
export type SubmissionField = (name: string) => {
  name: string;
  errors?: string[];
  defaultValue?: string;
  defaultChecked?: boolean;
};

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
 * The aspiration form's state: uncontrolled fields whose values come back from the server, the
 * dependent kelurahan list, client validation with the server's zod schema loaded only once the
 * citizen starts filling in the form (useLazyValidation: zod stays out of the first load), and the
 * submit that downscales photos before posting to the server action.
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
  // What the citizen has typed so far: fields hidden and shown again (anonymous, citywide) keep it.
  const [typed, setTyped] = useState<Values>({});
  const values: Values = { ...initial, ...typed };
  // What the citizen typed or chose before hydration (the kecamatan behind the kelurahan list, say).
  const ref = useEarlyInput<HTMLFormElement>((early) => {
    if (Object.keys(early).length) setTyped((t) => ({ ...early, ...t }));
  });
  const validation = useLazyValidation(() =>
    import("./validate-submission").then((m) => m.submissionValidator(areas.kelurahan)),
  );
  const fe = (name: string): string[] | undefined => validation.errors[name] ?? state.fieldErrors?.[name];
  const field: SubmissionField = (name) => {
    const v = values[name];
    return {
      name,
      errors: fe(name),
      ...(typeof v === "boolean" ? { defaultChecked: v } : { defaultValue: v ?? "" }),
    };
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const el = e.target as HTMLInputElement;
    if (!el.name || el.type === "file") return;
    setTyped((t) => ({ ...t, [el.name]: el.type === "checkbox" ? el.checked : el.value }));
    validation.formProps.onChange(e);
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    // The photo downscaler is needed only now: it loads while the form is checked, not with the page.
    const prepare = preparingUploads();
    startTransition(async () => {
      if (!(await validation.validate(form))) return;
      const fd = new FormData(form);
      const ready = await prepare(fd, "lampiran");
      setUploadError(ready.error);
      if (ready.error) return;
      setBytes(ready.bytes);
      // After an await the transition context is gone: dispatch in a new one.
      startTransition(() => formAction(fd));
    });
  };
  const hasClientErrors = Object.keys(validation.errors).length > 0;
  return {
    state,
    formAction,
    formProps: { ...validation.formProps, ref, onChange, onSubmit },
    pending,
    bytes,
    field,
    hydrated,
    kecamatanId: values.kecamatan,
    citywide: Boolean(values.citywide),
    anonymous: Boolean(values.anonymous),
    kelurahan: kelurahanOptions(areas, values.kecamatan, hydrated),
    status: hasClientErrors || uploadError ? ("error" as const) : state.status,
    message: hasClientErrors ? "Periksa kembali isian yang ditandai." : (uploadError ?? state.message),
  };
}
