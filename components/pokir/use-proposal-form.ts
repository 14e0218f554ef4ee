"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useState, useTransition } from "react";
import { useForm, useWatch, type FieldValues, type Resolver, type UseFormRegisterReturn } from "react-hook-form";
import { prepareUploads } from "@/lib/attachments/client-upload";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { completenessChecklist } from "@/lib/pokir/checklist";
import { memberProposalSchema, proposalContentSchema, publicProposalSchema } from "@/lib/pokir/schema";

export type ProposalMode = "public" | "correct" | "member";
const SCHEMAS = { public: publicProposalSchema, correct: proposalContentSchema, member: memberProposalSchema };

/** The props a kit field needs for one proposal field: name, id, its value for no-JS HTML, and its errors. */
export type ProposalField = (
  name: string,
) => UseFormRegisterReturn & { id: string; errors: string[]; defaultValue?: string; defaultChecked?: boolean };

/**
 * The proposal form's state: react-hook-form with the server's zod schema, the server's field
 * errors merged with the browser's, the live SIPD checklist, and the submit that downscales photos
 * before posting to the server action.
 */
export function useProposalForm(
  action: (prev: FormState, fd: FormData) => Promise<FormState>,
  mode: ProposalMode,
  defaults: Record<string, string>,
  existingPhotos: number,
) {
  const [state, formAction, actionPending] = useActionState(action, initialFormState);
  const [preparing, startTransition] = useTransition();
  const [photoCount, setPhotoCount] = useState(0);
  const [bytes, setBytes] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | undefined>();
  const initial: Record<string, string | boolean> = { priority: "sedang", ...defaults, ...state.values };
  initial.consent = initial.consent === true || initial.consent === "on" || initial.consent === "true";
  const form = useForm<FieldValues>({
    resolver: zodResolver(SCHEMAS[mode]) as unknown as Resolver<FieldValues>,
    defaultValues: initial,
    mode: "onBlur",
  });
  const w = useWatch({ control: form.control });
  const checklist = completenessChecklist({
    address: w.address,
    rt: w.rt,
    kelurahanId: Number(w.kelurahanId) || null,
    volume: Number(String(w.volume ?? "").replace(",", ".")) || null,
    unit: w.unit,
    photoCount: photoCount + existingPhotos,
  });
  const server = state.fieldErrors ?? {};
  const errs = (name: string): string[] => {
    const own = form.formState.errors[name]?.message;
    return [...(typeof own === "string" ? [own] : []), ...(server[name] ?? [])];
  };
  // Without JavaScript react-hook-form never fills the fields: give them their value in the HTML too.
  const field: ProposalField = (name) => {
    const v = initial[name];
    const value = typeof v === "boolean" ? { defaultChecked: v } : { defaultValue: v ?? "" };
    return { ...form.register(name), id: name, errors: errs(name), ...value };
  };
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const el = e.currentTarget;
    void form.handleSubmit(() => {
      const fd = new FormData(el);
      startTransition(async () => {
        const ready = await prepareUploads(fd, "photos");
        setUploadError(ready.error);
        if (ready.error) return;
        setBytes(ready.bytes);
        // After an await the transition context is gone: dispatch in a new one.
        startTransition(() => formAction(fd));
      });
    })(e);
  };
  const locate = (lat: string, lon: string) => {
    form.setValue("latitude", lat, { shouldValidate: true });
    form.setValue("longitude", lon, { shouldValidate: true });
  };
  return {
    state,
    formAction,
    onSubmit,
    pending: preparing || actionPending,
    bytes,
    uploadError,
    server,
    field,
    checklist,
    setPhotoCount,
    locate,
  };
}
