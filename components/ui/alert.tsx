import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

const tones: Record<Tone, string> = {
  info: "border-brand-200 bg-brand-50 text-brand-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-300 bg-red-50 text-red-900",
};

/** A static notice box. */
export function Alert({ tone = "info", title, children }: { tone?: Tone; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}

/**
 * The form-level message in a live region, so screen readers announce the result of a submit.
 * The region is always rendered (empty when idle) so announcements are not missed.
 */
export function FormMessage({ status, message }: { status: "idle" | "success" | "error"; message?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" className="min-h-0">
      {message ? (
        <Alert tone={status === "error" ? "error" : status === "success" ? "success" : "info"}>{message}</Alert>
      ) : null}
    </div>
  );
}
