import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { MinutesPdfData } from "./document.mjs";
import { env } from "@/lib/env";

export type { MinutesPdfData } from "./document.mjs";

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (e: Error) => void;
}

const g = globalThis as unknown as {
  __minutesPdfWorker?: { worker: Worker; pending: Map<number, Pending>; seq: number };
};

function fontBase(): string {
  return `${process.cwd()}/${env().PDF_FONT_DIR}`;
}

/** Whether rendering runs on a worker thread (default) or in-process (MINUTES_PDF_WORKER=off). */
export function usesWorker(): boolean {
  return env().MINUTES_PDF_WORKER;
}

function worker() {
  if (g.__minutesPdfWorker) return g.__minutesPdfWorker;
  // A path built at run time, so the bundler leaves the worker file alone; it is plain ESM.
  const file = join(process.cwd(), "lib", "minutes", "pdf", "render-worker.mjs");
  const w = new Worker(file);
  const state = { worker: w, pending: new Map<number, Pending>(), seq: 0 };
  w.on("message", (msg: { id: number; pdf?: Uint8Array; error?: string }) => {
    const p = state.pending.get(msg.id);
    if (!p) return;
    state.pending.delete(msg.id);
    if (msg.pdf) p.resolve(Buffer.from(msg.pdf.buffer, msg.pdf.byteOffset, msg.pdf.byteLength));
    else p.reject(new Error(`render worker: ${msg.error}`));
  });
  const fail = (e: Error) => {
    for (const p of state.pending.values()) p.reject(e);
    state.pending.clear();
    if (g.__minutesPdfWorker === state) g.__minutesPdfWorker = undefined;
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`render worker exited (${code})`)));
  // Never keep the process (tests, scripts) alive just for an idle renderer.
  w.unref();
  g.__minutesPdfWorker = state;
  return state;
}

async function renderInProcess(data: MinutesPdfData): Promise<Buffer> {
  const [{ renderToBuffer }, { registerPdfFonts }, { minutesDocument }] = await Promise.all([
    import("@react-pdf/renderer"),
    import("@/lib/pdf/fonts"),
    import("./document.mjs"),
  ]);
  registerPdfFonts();
  return renderToBuffer(minutesDocument(data));
}

/** Count the pages of a PDF react-pdf wrote (one `/Type /Page` object per page). */
export function countPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Render the minutes PDF (unsigned) off the main event loop. */
export async function renderMinutesPdf(data: MinutesPdfData): Promise<{ pdf: Buffer; pages: number }> {
  let pdf: Buffer;
  if (!usesWorker()) pdf = await renderInProcess(data);
  else {
    const state = worker();
    const id = ++state.seq;
    state.worker.ref();
    try {
      pdf = await new Promise<Buffer>((resolve, reject) => {
        state.pending.set(id, { resolve, reject });
        state.worker.postMessage({ id, data, fontBase: fontBase() });
      });
    } finally {
      if (state.pending.size === 0) state.worker.unref();
    }
  }
  return { pdf, pages: countPages(pdf) };
}

/** Stop the render worker (benchmarks measure a cold start with a fresh one). */
export async function stopRenderWorker(): Promise<void> {
  const state = g.__minutesPdfWorker;
  g.__minutesPdfWorker = undefined;
  if (state) await state.worker.terminate();
}
