"use client";

import { useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button";

/**
 * A submit button that asks for confirmation in an accessible modal dialog before a destructive
 * action. The confirm button submits the surrounding form.
 */
export function ConfirmSubmit({
  children,
  title,
  description,
  confirmLabel = "Ya, lanjutkan",
  variant = "danger",
}: {
  children: React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirmLabel?: string;
  variant?: ButtonVariant;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="button"
        className={buttonClass(variant)}
        disabled={pending}
        onClick={() => ref.current?.showModal()}
      >
        {pending ? "Memproses…" : children}
      </button>
      <dialog ref={ref} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-0 backdrop:bg-slate-900/50">
        <div className="space-y-4 p-6">
          <h2 id={titleId} className="text-lg font-bold">
            {title}
          </h2>
          <div className="text-sm text-slate-700">{description}</div>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => ref.current?.close()} autoFocus>
              Batal
            </button>
            <button type="submit" className={buttonClass(variant)} onClick={() => ref.current?.close()}>
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
