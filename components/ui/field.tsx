"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFieldErrors } from "./field-context";

/**
 * The one field kit: every field renders its label, the control, a hint and its errors; the hint and
 * the errors are linked to the control with `aria-describedby`, and an error sets `aria-invalid`
 * (the vercel/next-learn create-form pattern). Errors come from the `errors` prop or, inside a
 * `FormFieldErrors` provider (e.g. `ActionCard`), from the form state by the field's name.
 */
const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-700 aria-[invalid=true]:border-red-700";

interface FieldBase {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  id?: string;
}

/** The ids a control is described by: its hint and, when it has any, its errors. */
export function fieldDescribedBy(id: string, hint?: ReactNode, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * Label, hint and errors around a control, for controls outside this kit (a combobox): give the
 * control `id`, and `aria-describedby={fieldDescribedBy(id, hint, errors)}`.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  required,
  children,
}: Omit<FieldBase, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The list of errors of one field. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="space-y-0.5 text-sm font-medium text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

export function TextField({
  name,
  label,
  hint,
  errors: ownErrors,
  required,
  id,
  className,
  ...rest
}: FieldBase & Omit<ComponentProps<"input">, "name" | "id">) {
  const fid = id ?? name;
  const errors = useFieldErrors(name, ownErrors);
  return (
    <Field id={fid} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={fid}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(fid, hint, errors)}
        className={`${inputClass} ${className ?? ""}`}
        {...rest}
      />
    </Field>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors: ownErrors,
  required,
  id,
  className,
  ...rest
}: FieldBase & Omit<ComponentProps<"textarea">, "name" | "id">) {
  const fid = id ?? name;
  const errors = useFieldErrors(name, ownErrors);
  return (
    <Field id={fid} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={fid}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(fid, hint, errors)}
        className={`${inputClass} min-h-28 ${className ?? ""}`}
        {...rest}
      />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors: ownErrors,
  required,
  id,
  options,
  placeholder,
  className,
  ...rest
}: FieldBase &
  Omit<ComponentProps<"select">, "name" | "id"> & {
    options: { value: string; label: string }[];
    placeholder?: string;
  }) {
  const fid = id ?? name;
  const errors = useFieldErrors(name, ownErrors);
  return (
    <Field id={fid} label={label} hint={hint} errors={errors} required={required}>
      <select
        id={fid}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(fid, hint, errors)}
        className={`${inputClass} ${className ?? ""}`}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  errors: ownErrors,
  id,
  ...rest
}: Omit<FieldBase, "required"> & Omit<ComponentProps<"input">, "name" | "id" | "type">) {
  const fid = id ?? name;
  const errors = useFieldErrors(name, ownErrors);
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          id={fid}
          name={name}
          type="checkbox"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={fieldDescribedBy(fid, hint, errors)}
          className="mt-1 size-5 shrink-0 accent-brand-700"
          {...rest}
        />
        <label htmlFor={fid} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${fid}-hint`} className="pl-8 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="pl-8">
        <FieldErrors id={`${fid}-error`} errors={errors} />
      </div>
    </div>
  );
}

/** The errors the enclosing form holds for `name`, for controls outside this kit (a radio group). */
export function FormFieldErrorList({ id, name }: { id: string; name: string }) {
  return <FieldErrors id={id} errors={useFieldErrors(name)} />;
}
