import { PublicFooter } from "@/components/layout/public-footer";
import { PublicHeader } from "@/components/layout/public-header";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PublicHeader />
      <main id="konten" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <PublicFooter />
    </>
  );
}
