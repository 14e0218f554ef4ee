"use client";

/** Last-resort error page when even the root layout fails. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <main>
          <h1>Maaf, layanan sedang gangguan</h1>
          <p>Silakan coba lagi dalam beberapa saat.</p>
          <button type="button" onClick={() => reset()}>
            Coba lagi
          </button>
        </main>
      </body>
    </html>
  );
}
