import { NotFoundMessage } from "@/components/layout/not-found-message";

/**
 * notFound() on a public page: the public layout already draws the header and footer. Without this file
 * the root not-found (header, message and footer) is serialised into every public page's RSC payload.
 */
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
