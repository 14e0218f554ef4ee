import { etagMatches } from "@/lib/http/download";
import { boundarySprite } from "@/lib/maps/sprite";

/**
 * The boundary sprite the public maps draw from. Its URL carries the content's version, so browsers and
 * proxies may keep it for a year; a repeat request with the ETag answers 304.
 */
export function GET(req: Request) {
  const { svg, etag } = boundarySprite();
  const headers = {
    etag,
    "cache-control": "public, max-age=31536000, immutable",
  };
  if (etagMatches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(svg, { headers: { ...headers, "content-type": "image/svg+xml; charset=utf-8" } });
}
