// The same paragraph, prerendered at build time: the Lighthouse and bytes baseline.
export default function StaticPage() {
  return (
    <main>
      <p>Halaman Next.js polos untuk pembanding: satu paragraf, tanpa gaya dan tanpa skrip aplikasi.</p>
    </main>
  );
}
