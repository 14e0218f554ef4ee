"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { FieldErrors as FieldErrorMap } from "@/lib/errors";

const FormFieldErrorsContext = createContext<FieldErrorMap | undefined>(undefined);

/**
 * Hands a form's field errors (from useActionState) to the fields rendered inside it, so fields
 * passed in as server-rendered children can still show their own error beside them.
 */
export function FormFieldErrors({ errors, children }: { errors?: FieldErrorMap; children: ReactNode }) {
  return <FormFieldErrorsContext value={errors}>{children}</FormFieldErrorsContext>;
}

/** The errors of one field: the explicit ones, else those of the enclosing form for this name. */
export function useFieldErrors(name: string, explicit?: string[]): string[] | undefined {
  const fromForm = useContext(FormFieldErrorsContext);
  return explicit ?? fromForm?.[name];
}
