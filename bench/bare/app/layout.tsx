// The bare Next.js 16 page the benchmark compares Si Dilan with: no CSS, no client code, one paragraph.
export const metadata = { title: "Bare", description: "Bare Next.js page for benchmarks" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
