"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copy a text (the tracking code) to the clipboard and say so in a live region. */
export function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setDone(true);
          } catch {
            setDone(false);
          }
        }}
      >
        Salin kode
      </Button>
      <span aria-live="polite" className="text-sm text-green-800">
        {done ? "Kode disalin." : ""}
      </span>
    </span>
  );
}
