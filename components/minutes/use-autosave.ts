"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";

export type SaveState = {
  kind: "idle" | "dirty" | "saving" | "saved" | "error" | "conflict";
  message?: string;
  revision: number;
  savedAt?: string;
};

type SaveAction = (prev: FormState, fd: FormData) => Promise<FormState>;

/**
 * Debounced autosave through a server action: each change waits `delay` ms of quiet, then the whole
 * draft is sent with the revision it was based on. A conflict (another tab saved) stops autosaving.
 */
export function useAutosave<T>(
  action: SaveAction,
  value: T,
  opts: { revision: number; delay?: number; enabled: boolean; valid: () => Promise<boolean> },
) {
  const serialized = JSON.stringify(value);
  const [state, setState] = useState<SaveState>({ kind: "idle", revision: opts.revision });
  const [savedSerialized, setSavedSerialized] = useState(serialized);
  const revision = useRef(opts.revision);
  const latest = useRef(serialized);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);

  useEffect(() => {
    latest.current = serialized;
  }, [serialized]);

  const save = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    if (!(await opts.valid())) {
      setState((s) => ({ ...s, kind: "error", message: "Belum tersimpan: lengkapi isian yang ditandai merah." }));
      return;
    }
    const body = latest.current;
    setState((s) => ({ ...s, kind: "saving" }));
    const fd = new FormData();
    fd.set("payload", `{"revision":${revision.current},"content":${body}}`);
    const run = (async () => {
      try {
        const res = await action(initialFormState, fd);
        const data = res.data as { revision: number; savedAt: string } | undefined;
        if (res.status === "success" && data) {
          revision.current = data.revision;
          setSavedSerialized(body);
          setState({ kind: "saved", revision: data.revision, savedAt: data.savedAt, message: res.message });
        } else {
          const conflict = /diubah di tempat lain|terkunci|ditinjau/.test(res.message ?? "");
          stopped.current ||= conflict;
          setState((s) => ({
            ...s,
            kind: conflict ? "conflict" : "error",
            message: res.message ?? "Gagal menyimpan.",
          }));
        }
      } catch {
        setState((s) => ({
          ...s,
          kind: "error",
          message: "Gagal menyimpan: periksa koneksi internet, lalu tekan Simpan sekarang.",
        }));
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [action, opts]);

  const dirty = serialized !== savedSerialized;
  useEffect(() => {
    // Only a new change schedules a save: an error waits for the next edit or "Simpan sekarang".
    if (!dirty || !opts.enabled || stopped.current) return;
    const t = setTimeout(() => void save(), opts.delay ?? 1500);
    return () => clearTimeout(t);
  }, [serialized, dirty, opts.enabled, opts.delay, save]);

  const shown: SaveState =
    dirty && state.kind !== "saving" && state.kind !== "conflict" && state.kind !== "error"
      ? { ...state, kind: "dirty" }
      : state;
  return { state: shown, saveNow: save };
}
