"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { markPageReadAction } from "@/lib/inbox/actions";

/** "Mark this page as read" for the unread items shown. */
export function MarkReadForm({ items }: { items: string[] }) {
  const [state, action] = useActionState(markPageReadAction, initialFormState);
  if (items.length === 0 && state.status === "idle") return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      {items.map((i) => (
        <input key={i} type="hidden" name="items" value={i} />
      ))}
      {items.length ? <SubmitButton variant="secondary">Tandai halaman ini sudah dibaca</SubmitButton> : null}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
