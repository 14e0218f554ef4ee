"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { get, useFieldArray, useForm, type FieldError, type Path } from "react-hook-form";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { meetingSchema, type MeetingInput } from "@/lib/minutes/schema";

/** The props a kit field needs for one meeting field: its registration, a dash id and its error. */
export type MeetingField = (
  name: Path<MeetingInput>,
) => ReturnType<ReturnType<typeof useForm<MeetingInput>>["register"]> & { id: string; errors?: string[] };

/**
 * The meeting form's state: react-hook-form with the server's zod schema, the agenda and guest
 * lists, the browser's error for a field (else the server's), and the submit that posts the values
 * as one JSON payload.
 */
export function useMeetingForm(
  action: (prev: FormState, fd: FormData) => Promise<FormState>,
  initial?: Partial<MeetingInput>,
) {
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, start] = useTransition();
  const form = useForm<MeetingInput>({
    resolver: zodResolver(meetingSchema),
    defaultValues: {
      nature: "terbuka",
      quorumRule: "lebih_setengah",
      startTime: "09:00",
      endTime: "",
      agenda: [{ title: "" }],
      guests: [],
      ...initial,
    },
  });
  const agenda = useFieldArray({ control: form.control, name: "agenda" });
  const guests = useFieldArray({ control: form.control, name: "guests" });
  const server = state.fieldErrors ?? {};
  const errorOf = (name: string): string[] | undefined => {
    const client = (get(form.formState.errors, name) as FieldError | undefined)?.message;
    const message = client ?? server[name]?.[0];
    return message ? [message] : undefined;
  };
  const field: MeetingField = (name) => ({
    ...form.register(name),
    id: name.replace(/\./g, "-"),
    errors: errorOf(name),
  });
  const agendaError =
    (form.formState.errors.agenda?.root ?? (form.formState.errors.agenda as FieldError | undefined))?.message ??
    server.agenda?.[0];
  const onSubmit = form.handleSubmit((values) => {
    const fd = new FormData();
    fd.set("payload", JSON.stringify(values));
    start(async () => setState(await action(initialFormState, fd)));
  });
  return { form, state, pending, agenda, guests, field, agendaError, onSubmit };
}
