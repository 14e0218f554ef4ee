// Dynamic on purpose: the throughput baseline is one server render per request, like a page without cache.
import { connection } from "next/server";

export default async function Page() {
  await connection();
  return (
    <main>
      <p>Halaman Next.js polos untuk pembanding: satu paragraf, tanpa gaya dan tanpa skrip aplikasi.</p>
    </main>
  );
}
