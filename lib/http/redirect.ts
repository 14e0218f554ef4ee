/** Any fixed origin works: only whether a target stays on it matters. */
const BASE = "http://sidilan.invalid";

/**
 * The one same-origin check for every place that takes a return URL (login callbackUrl,
 * /masuk/lanjut, next-auth's redirect callback). The target is parsed as a browser would
 * (`new URL`, which drops tabs and newlines, trims spaces and reads `\` as `/`), so `/\evil.example`
 * and `/<TAB>/evil.example` are seen as the other site they lead to. Returns the path, query and
 * hash of a target on `base`'s origin, else `fallback`.
 */
export function safeRedirectPath(target: unknown, fallback: string, base: string = BASE): string {
  if (typeof target !== "string" || target === "" || target.length > 2000) return fallback;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(base).origin;
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser would read as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
