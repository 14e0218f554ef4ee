import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { AUTH, waitForHydration } from "./helpers";

// Rendered for each request, with a nonce: forms (a fresh anti-spam token each time), login, 404.
const PAGES = ["/aspirasi/kirim", "/masuk", "/halaman-tidak-ada"];
// Served from the page cache to visitors without a session: no nonce, the inline scripts' hashes instead.
const CACHED = ["/", "/statistik", "/aspirasi?hal=1", "/verifikasi"];
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path} carries a nonce-based CSP and the other security headers`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      const csp = h["content-security-policy"];
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).not.toMatch(/'unsafe-eval'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toContain("camera=()");
      // Rendered for this visitor (what a citizen types, a login): isolated from other windows.
      expect(h["cross-origin-opener-policy"]).toBe("same-origin");
      expect(h["strict-transport-security"]).toBeUndefined(); // plain HTTP here
      const html = await res.text();
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      for (const m of html.matchAll(/<script\b[^>]*>/g))
        expect(m[0], "every script carries the nonce").toContain(`nonce="${nonce}"`);
    });
  }

  for (const path of CACHED) {
    test(`${path} is served from the page cache with a hash-based CSP`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const res = await request.get(path);
      const h = res.headers();
      expect(h["x-sidilan-cache"]).toBe("hit");
      expect(h["x-sidilan-page-cache"]).toBeUndefined();
      const csp = h["content-security-policy"];
      const scriptSrc = /script-src ([^;]*)/.exec(csp)![1];
      expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["x-frame-options"]).toBe("DENY");
      // The same bytes for every visitor: no opener isolation, which costs the phone a new renderer process.
      expect(h["cross-origin-opener-policy"]).toBeUndefined();
      expect(first.headers()["cross-origin-opener-policy"]).toBeUndefined();
      const html = await res.text();
      expect(html).not.toContain("nonce=");
      let inline = 0;
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attrs)) continue;
        inline++;
        expect(scriptSrc, "every inline script of the page is allowed by its hash").toContain(
          `'sha256-${sha256(body)}'`,
        );
      }
      expect(inline).toBeGreaterThan(0);
      expect(scriptSrc.split(" ").length - 1).toBe(new Set(scriptSrc.split(" ").slice(1)).size);
    });
  }

  test("a cached page hydrates under its hash-based CSP; a visitor with a session gets a nonce", async ({
    page,
    browser,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await page.goto("/verifikasi");
    const again = await page.goto("/verifikasi");
    expect(again!.headers()["x-sidilan-cache"]).toBe("hit");
    // The file picker is a client island: its server action answers only once React has hydrated.
    await page.getByLabel("Berkas PDF risalah atau surat").setInputFiles({
      name: "bukan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("bukan pdf"),
    });
    // Hydrated, React sends the action with fetch (a Next-Action header); unhydrated, the browser would post the form.
    const viaReact = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Periksa dokumen" }).click();
    await viaReact;
    await expect(page.locator("#berkas-error")).toContainText("Berkas bukan PDF.");
    expect(violations).toEqual([]);
    const staff = await browser.newContext({ storageState: AUTH.admin });
    const res = await staff.request.get("/verifikasi");
    expect(res.headers()["x-sidilan-cache"]).toBeUndefined();
    expect(res.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(res.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    await staff.close();
  });

  test("a session cookie in its HTTPS form keeps a page out of the cache, with a nonce", async ({ request }) => {
    // The proxy and the page cache once read the cookie with two different rules: the proxy missed the
    // __Secure- name, marked the page, and the page went out with the placeholder instead of any proof.
    for (const cookie of ["__Secure-authjs.session-token=x", "authjs.session-token.0=x"]) {
      const res = await request.get("/", { headers: { cookie } });
      const h = res.headers();
      expect(h["content-security-policy"], cookie).toMatch(
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
      );
      expect(h["content-security-policy"]).not.toContain("sidilan-inline-script-hashes");
      expect(h["x-sidilan-page-cache"]).toBeUndefined();
      expect(h["x-sidilan-cache"]).toBeUndefined();
      expect(h["cross-origin-opener-policy"]).toBe("same-origin");
    }
  });

  test("nonces differ per response; HSTS is sent behind an HTTPS proxy", async ({ request }) => {
    const a = (await request.get("/masuk")).headers()["content-security-policy"];
    const b = (await request.get("/masuk")).headers()["content-security-policy"];
    expect(a).not.toEqual(b);
    const viaTls = await request.get("/masuk", { headers: { "x-forwarded-proto": "https" } });
    expect(viaTls.headers()["strict-transport-security"]).toContain("max-age=31536000");
  });

  test("API responses and static assets get the headers too", async ({ request }) => {
    const api = await request.get("/api/health");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["x-frame-options"]).toBe("DENY");
    expect(api.headers()["cross-origin-opener-policy"]).toBe("same-origin"); // a PDF opens as a document
    // The API skips the proxy: a static CSP that allows nothing, and HSTS behind the TLS proxy only.
    expect(api.headers()["content-security-policy"]).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
    expect(api.headers()["strict-transport-security"]).toBeUndefined();
    const viaTls = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(viaTls.headers()["strict-transport-security"]).toContain("max-age=31536000");
    const html = await (await request.get("/")).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
    const asset = (await request.get(css)).headers();
    expect(asset["x-content-type-options"]).toBe("nosniff");
    // Document-only headers stay off the build's chunks (bytes on every page load), not off other files.
    expect(asset["x-frame-options"]).toBeUndefined();
    expect(asset["permissions-policy"]).toBeUndefined();
    expect(asset["cross-origin-opener-policy"]).toBeUndefined();
    expect((await request.get("/logo-dprd.svg")).headers()["x-frame-options"]).toBe("DENY");
  });

  test("the build's scripts and stylesheets go out Brotli-compressed, with the headers Next gives them", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
    const js = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)![1];
    for (const path of [css, js]) {
      const gzip = await request.get(path, { headers: { "accept-encoding": "gzip" } });
      const br = await request.get(path, { headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(gzip.headers()["content-encoding"], path).toBe("gzip");
      expect(br.headers()["content-encoding"], path).toBe("br");
      // The same file (Playwright decodes both), the same type, caching and security headers.
      expect(await br.body()).toEqual(await gzip.body());
      for (const h of ["content-type", "cache-control", "x-content-type-options", "x-frame-options", "vary"])
        expect(br.headers()[h], `${path} ${h}`).toBe(gzip.headers()[h]);
      const repeat = await request.get(path, {
        headers: { "accept-encoding": "br", "if-none-match": br.headers()["etag"] },
      });
      expect(repeat.status()).toBe(304);
    }
  });

  test("the public form's validator, imported on demand, runs under the CSP", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await page.goto("/aspirasi/kirim");
    // Unhydrated, the browser's own required-field check would answer the click instead of the validator.
    await waitForHydration(page, "form:has([name=title])");
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    // Nothing was sent, so this message comes from the lazily imported zod schema, not the server.
    await expect(page.getByText("Kategori wajib dipilih.")).toBeVisible();
    expect(posts).toEqual([]);
    expect(violations).toEqual([]);
  });

  test.describe("scripts still run under the CSP", () => {
    test.use({ storageState: AUTH.admin });
    test("no CSP violations while using an interactive page", async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
      });
      await page.goto("/sekretariat/pengguna/baru");
      await page.getByLabel("Peran").selectOption("member");
      await expect(page.getByLabel("Dapil")).toBeVisible(); // rendered by client-side state
      expect(violations).toEqual([]);
    });
  });
});
