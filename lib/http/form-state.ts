import type { FieldErrors } from "@/lib/errors";

/** What every form action returns to useActionState (safe to import from client components). */
export interface FormState<T = unknown> {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** Submitted values, so the form can show them again (React 19 resets uncontrolled inputs). */
  values?: Record<string, string>;
  data?: T;
}

export const initialFormState: FormState = { status: "idle" };
