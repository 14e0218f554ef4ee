"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import type { FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

const FlashContext = createContext<(message?: string) => void>(() => {});

/**
 * Keeps the success message of a workflow step on screen: after a step the page re-renders and the
 * step's own form disappears (the next step replaces it), taking its message with it.
 */
export function FlashProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string>();
  return (
    <FlashContext.Provider value={setMessage}>
      <FormMessage status="success" message={message} />
      <div className={message ? "mt-4" : ""}>{children}</div>
    </FlashContext.Provider>
  );
}

/** Wrap an action so its success message is also shown by the surrounding FlashProvider. */
export function useFlashAction(action: Action): Action {
  const flash = useContext(FlashContext);
  return useCallback(
    async (prev: FormState, fd: FormData) => {
      const result = await action(prev, fd);
      if (result.status === "success") flash(result.message);
      return result;
    },
    [action, flash],
  );
}
