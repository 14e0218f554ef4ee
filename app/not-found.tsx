import { NotFoundMessage } from "@/components/layout/not-found-message";
import { PublicFooter } from "@/components/layout/public-footer";
import { PublicHeader } from "@/components/layout/public-header";

/** An address no route matches: the public frame around the 404 message. */
export default function NotFound() {
  return (
    <>
      <PublicHeader />
      <main id="konten" className="px-4 py-8">
        <NotFoundMessage />
      </main>
      <PublicFooter />
    </>
  );
}
