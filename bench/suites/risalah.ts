import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { renderMinutesPdf, stopRenderWorker } from "@/lib/minutes/pdf/render";
import { sampleMinutesPdfData } from "@/lib/minutes/pdf/sample";
import { LocalPdfSigner } from "@/lib/signing/pdf-signer";
import { createCa, issueCertificate } from "@/lib/signing/x509";
import { load, median, percentile, timeRuns, type BenchRow, type Suite } from "../lib";

const round = (n: number) => Math.round(n);

/** Render + chair signature + secretary signature, as the approve and sign steps do. */
async function renderAndSign(pages: number, signers: LocalPdfSigner[]) {
  const { pdf, pages: count } = await renderMinutesPdf(await sampleMinutesPdfData(pages));
  let signed = pdf;
  for (const [i, s] of signers.entries()) {
    signed = await s.signPdf(signed, {
      signer: { userId: String(i), name: i ? "Sekretaris" : "Ketua", email: "bench@sidilan.test" },
      reason: i ? "Sekretaris Rapat" : "Ketua Rapat",
      location: "Balikpapan",
      signingTime: new Date(),
    });
  }
  return { signed, count };
}

/** Latency of small HTTP requests (20/s) on this event loop while `work` runs. */
async function latencyDuring(work: () => Promise<unknown>) {
  const server: Server = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const times: number[] = [];
  let running = true;
  const pinger = (async () => {
    while (running) {
      const t0 = performance.now();
      await fetch(url).then((r) => r.text());
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  await work();
  const workMs = performance.now() - t0;
  running = false;
  await pinger;
  server.close();
  times.sort((a, b) => a - b);
  return {
    workMs: round(workMs),
    requests: times.length,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1] ?? 0),
  };
}

export const risalah: Suite = {
  name: "risalah",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const ca = createCa("Bench CA");
    const signers = [
      new LocalPdfSigner(issueCertificate(ca, { name: "Ketua", email: "k@bench" })),
      new LocalPdfSigner(issueCertificate(ca, { name: "Sekretaris", email: "s@bench" })),
    ];

    // 1. Render + two signatures: cold (fresh worker thread) and median of warm runs.
    let pdf20: Buffer | null = null;
    for (const [pages, runs] of [
      [5, 5],
      [20, 5],
      [100, 3],
    ] as const) {
      await stopRenderWorker();
      const t0 = performance.now();
      const cold = await renderAndSign(pages, signers);
      const coldMs = performance.now() - t0;
      const warm = await timeRuns(runs, () => renderAndSign(pages, signers));
      const signOnly = await timeRuns(runs, async () => {
        let s = cold.signed;
        for (const sg of signers)
          s = await sg.signPdf(s, {
            signer: { userId: "x", name: "x", email: "x@bench" },
            reason: "x",
            location: "x",
            signingTime: new Date(),
          });
      });
      if (pages === 20) pdf20 = cold.signed;
      rows.push({
        suite: "risalah",
        name: `render + 2 signatures, ${pages}-page minutes`,
        figures: {
          pages: cold.count,
          coldMs: round(coldMs),
          medianMs: round(median(warm)),
          runs,
          twoMoreSignaturesMedianMs: round(median(signOnly)),
          bytes: cold.signed.length,
        },
        target: pages === 20 ? "< 2000 ms median" : undefined,
      });
    }

    // 2. Event loop during a 100-page render: on the main thread vs on the worker thread.
    const data100 = await sampleMinutesPdfData(100);
    process.env.MINUTES_PDF_WORKER = "off";
    await renderMinutesPdf(await sampleMinutesPdfData(2)); // load react-pdf in-process first
    const inline = await latencyDuring(() => renderMinutesPdf(data100));
    delete process.env.MINUTES_PDF_WORKER;
    await renderMinutesPdf(await sampleMinutesPdfData(2));
    const worker = await latencyDuring(() => renderMinutesPdf(data100));
    rows.push({
      suite: "risalah",
      name: "concurrent request latency during a 100-page render, render on main thread",
      figures: inline,
      note: "what the server would do without the worker",
    });
    rows.push({
      suite: "risalah",
      name: "concurrent request latency during a 100-page render, render on worker thread",
      figures: worker,
      target: "no stall",
    });
    await stopRenderWorker();

    // 3. Real server on PostgreSQL with the demo data: signed-PDF downloads and verification uploads.
    const server = await ctx.startServer({
      port: 3340,
      databaseUrl: await ctx.freshDatabase("sidilan_bench_risalah"),
      env: { SIGNING_KEY: "bench-signing-key-bench-signing-key-0123456789" },
    });
    const list = (await (await fetch(`${server.url}/api/v1/risalah`)).json()) as {
      items: { pdfUrl: string; code: string }[];
    };
    const pdfUrl = list.items[0].pdfUrl.replace(/^https?:\/\/[^/]+/, server.url);
    await load({ url: pdfUrl, connections: 4, duration: 2 });
    for (const connections of [16, 64]) {
      const r = await load({ url: pdfUrl, connections, duration: ctx.duration });
      rows.push({
        suite: "risalah",
        name: `GET signed PDF (stored bytes) @${connections}`,
        figures: { rps: r.rps, p50Ms: r.p50Ms, p95Ms: r.p95Ms, p99Ms: r.p99Ms, non2xx: r.non2xx, errors: r.errors },
      });
    }
    const stored = Buffer.from(await (await fetch(pdfUrl)).arrayBuffer());
    let ip = 0;
    const upload = async (bytes: Buffer) => {
      const fd = new FormData();
      fd.set("berkas", new File([new Uint8Array(bytes)], "risalah.pdf", { type: "application/pdf" }));
      // A distinct client address per upload keeps the per-address limit out of the measurement.
      const res = await fetch(`${server.url}/api/v1/verifikasi`, {
        method: "POST",
        body: fd,
        headers: { "x-forwarded-for": `198.51.100.${++ip % 250}` },
      });
      return (await res.json()) as { verdict: string };
    };
    const verdicts: string[] = [];
    const v20 = await timeRuns(10, async () => verdicts.push((await upload(pdf20!)).verdict));
    const vStored = await timeRuns(10, async () => verdicts.push((await upload(stored)).verdict));
    rows.push({
      suite: "risalah",
      name: "POST /api/v1/verifikasi, 20-page signed PDF (2 signatures checked, not on file)",
      figures: {
        medianMs: round(median(v20)),
        p95Ms: round(percentile(v20, 95)),
        bytes: pdf20!.length,
        verdict: verdicts[0],
      },
    });
    rows.push({
      suite: "risalah",
      name: "POST /api/v1/verifikasi, published demo PDF (hash match + 2 signatures)",
      figures: {
        medianMs: round(median(vStored)),
        p95Ms: round(percentile(vStored, 95)),
        bytes: stored.length,
        verdict: verdicts[verdicts.length - 1],
      },
    });
    await server.stop();
    return rows;
  },
};
