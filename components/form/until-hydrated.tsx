"use client";

import type { ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * The fields of a form that only works with JavaScript (it posts JSON, or react-hook-form owns its
 * values): disabled until React has hydrated them, so nothing typed in the meantime is silently reset.
 */
export function UntilHydrated({ children, className = "" }: { children: ReactNode; className?: string }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className={`min-w-0 ${className}`}>
      {children}
    </fieldset>
  );
}
