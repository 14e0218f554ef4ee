/** The 404 message: inside the public layout, or with the header and footer of its own (app/not-found.tsx). */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl py-8 text-center">
      <p className="text-sm font-bold tracking-wide text-brand-700 uppercase">Galat 404</p>
      <h1 className="mt-2 text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-4 text-slate-700">
        Halaman atau data yang Anda cari tidak ada, sudah dipindahkan, atau Anda tidak memiliki akses untuk melihatnya.
      </p>
      <p className="mt-8">
        <a href="/" className="font-semibold">
          Kembali ke beranda
        </a>
      </p>
    </div>
  );
}
