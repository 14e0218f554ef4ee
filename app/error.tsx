"use client";

/** Shown when a page fails on the server, most often because the database is unreachable. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="konten" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-bold tracking-wide text-red-700 uppercase">Layanan sedang gangguan</p>
      <h1 className="mt-2 text-3xl font-bold">Maaf, layanan sedang gangguan</h1>
      <p className="mt-4 text-slate-700">
        Permintaan Anda belum dapat diproses. Data Anda tidak hilang. Silakan coba lagi dalam beberapa saat. Bila
        gangguan berlanjut, hubungi Sekretariat DPRD Kota Balikpapan.
      </p>
      <div className="mt-8 flex justify-center gap-4">
        <button
          type="button"
          onClick={() => reset()}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
        >
          Coba lagi
        </button>
        <a href="/" className="px-4 py-2 font-semibold">
          Ke beranda
        </a>
      </div>
    </main>
  );
}
