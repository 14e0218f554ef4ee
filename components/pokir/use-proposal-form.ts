"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { preparingUploads } from "@/components/form/prepare-uploads";
import { useEarlyInput } from "@/components/form/use-early-input";
import { useLazyValidation } from "@/components/form/use-lazy-validation";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { completenessChecklist } from "@/lib/pokir/checklist";

export type ProposalMode = "public" | "correct" | "member";

/** The props a kit field needs for one proposal field: name, id, its value for no-JS HTML, and its errors. */
export type ProposalField = (name: string) => {
  name: string;
  id: string;
  errors: string[];
  defaultValue?: string;
  defaultChecked?: boolean;
};

/**
 * The proposal form's state: uncontrolled fields whose values come back from the server, the
 * server's field errors merged with the browser's (the server's zod schema, loaded only once the
 * form gets focus: see useLazyValidation), the live SIPD checklist, and the submit that downscales
 * photos before posting to the server action.
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
  // What has been typed so far, for the live checklist.
  const [typed, setTyped] = useState<Record<string, string | boolean>>({});
  const w = { ...initial, ...typed };
  // What was typed, and the photos chosen, before hydration count in the checklist too.
  const ref = useEarlyInput<HTMLFormElement>((early, form) => {
    if (Object.keys(early).length) setTyped((t) => ({ ...early, ...t }));
    const photos = form.querySelector<HTMLInputElement>('input[type="file"][name="photos"]');
    if (photos?.files?.length) setPhotoCount(photos.files.length);
  });
  const validation = useLazyValidation(() => import("./validate-proposal").then((m) => m.proposalValidator(mode)));
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const checklist = completenessChecklist({
    address: text(w.address),
    rt: text(w.rt),
    kelurahanId: Number(w.kelurahanId) || null,
    volume: Number(String(w.volume ?? "").replace(",", ".")) || null,
    unit: text(w.unit),
    photoCount: photoCount + existingPhotos,
  });
  const server = state.fieldErrors ?? {};
  // The browser's check of a field replaces the server's (as on the aspiration form): never both under one field.
  const errs = (name: string): string[] => validation.errors[name]?.slice(0, 1) ?? server[name] ?? [];
  const field: ProposalField = (name) => {
    const v = initial[name];
    const value = typeof v === "boolean" ? { defaultChecked: v } : { defaultValue: v ?? "" };
    return { name, id: name, errors: errs(name), ...value };
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const el = e.target as HTMLInputElement;
    if (!el.name || el.type === "file") return;
    setTyped((t) => ({ ...t, [el.name]: el.type === "checkbox" ? el.checked : el.value }));
    validation.formProps.onChange(e);
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    // The photo downscaler is needed only now: it loads while the form is checked, not with the page.
    const prepare = preparingUploads();
    startTransition(async () => {
      if (!(await validation.validate(el))) return;
      const fd = new FormData(el);
      const ready = await prepare(fd, "photos");
      setUploadError(ready.error);
      if (ready.error) return;
      setBytes(ready.bytes);
      // After an await the transition context is gone: dispatch in a new one.
      startTransition(() => formAction(fd));
    });
  };
  const locate = (lat: string, lon: string) => {
    // The fields carry their name as id (see `field`).
    const inputs = [document.getElementById("latitude"), document.getElementById("longitude")];
    inputs.forEach((input, i) => {
      if (input instanceof HTMLInputElement) input.value = i === 0 ? lat : lon;
    });
    setTyped((t) => ({ ...t, latitude: lat, longitude: lon }));
    const form = inputs[0] instanceof HTMLInputElement ? inputs[0].form : null;
    validation.recheck(form);
  };
  return {
    state,
    formAction,
    formProps: { ...validation.formProps, ref, onChange, onSubmit },
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
