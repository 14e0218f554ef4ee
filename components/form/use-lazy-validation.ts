"use client";

import { useRef, useState, type FocusEvent, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/errors";

/** Field errors for the values of a form: the server's zod schema, loaded on demand. */
export type Validate = (values: Record<string, string | boolean>) => FieldErrors;

type Loaded = Validate | null;

/** The values of a form's named controls as the schema sees them (checkboxes as booleans, files left out). */
export function formValues(form: HTMLFormElement): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement))
      continue;
    if (!el.name || el.disabled) continue;
    if (el instanceof HTMLInputElement) {
      if (el.type === "file" || el.type === "submit" || el.type === "button") continue;
      if (el.type === "checkbox") {
        out[el.name] = el.checked;
        continue;
      }
      if (el.type === "radio") {
        if (el.checked) out[el.name] = el.value;
        continue;
      }
    }
    out[el.name] = el.value;
  }
  return out;
}

/**
 * Client-side validation that stays out of the page's first load: the validator (the server's zod
 * schema) is imported on the form's first focus, so a citizen's phone downloads and parses it only
 * when they start typing. Errors show for the fields left (on blur) and, after a submit attempt, for
 * every field, updated as the citizen corrects them. The server validates every submission anyway:
 * without JavaScript, or before the validator arrives, its errors are shown instead.
 */
export function useLazyValidation(load: () => Promise<Validate>) {
  const validator = useRef<Promise<Loaded> | null>(null);
  const ready = useRef<Validate | null>(null);
  const touched = useRef(new Set<string>());
  const [submitted, setSubmitted] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  // A validator that fails to load (a phone losing its connection) is tried again on the next focus or
  // submit, and meanwhile the form is sent unchecked: the server validates every submission anyway.
  const warm = () => {
    validator.current ??= load().then(
      (v) => (ready.current = v),
      () => {
        validator.current = null;
        return null;
      },
    );
  };
  const shown = (all: FieldErrors, every: boolean): FieldErrors =>
    every ? all : Object.fromEntries(Object.entries(all).filter(([k]) => touched.current.has(k)));
  /** Re-check the form with the validator when it has arrived (never waits for it). */
  const recheck = (form: HTMLFormElement | null, every = submitted) => {
    if (form && ready.current) setErrors(shown(ready.current(formValues(form)), every));
  };
  return {
    errors,
    recheck,
    /** Form props: start loading on first focus; check a field when it is left; re-check on change after a submit. */
    formProps: {
      onFocus: warm,
      onBlur: (e: FocusEvent<HTMLFormElement>) => {
        const name = (e.target as EventTarget as HTMLInputElement).name;
        if (name) touched.current.add(name);
        recheck(e.currentTarget);
      },
      onChange: (e: FormEvent<HTMLFormElement>) => {
        if (submitted) recheck(e.currentTarget);
      },
    },
    /**
     * Validate the whole form before sending (waits for the validator): true when it may be sent. When the
     * validator cannot be loaded the form may be sent, and the server's errors are shown instead.
     */
    async validate(form: HTMLFormElement): Promise<boolean> {
      warm();
      const v = await validator.current;
      if (!v) return true;
      const all = v(formValues(form));
      setSubmitted(true);
      setErrors(all);
      return Object.keys(all).length === 0;
    },
  };
}
