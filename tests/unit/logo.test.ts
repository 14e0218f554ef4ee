import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PublicHeader } from "@/components/layout/public-header";

describe("the emblem in the public header", () => {
  it("is drawn inline, not loaded as an SVG image (which costs the page a separate document)", () => {
    const html = renderToStaticMarkup(createElement(PublicHeader));
    expect(html).not.toMatch(/<img\b/);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
  });

  it("has no text that must be matched to a font, in the header or in the favicon", () => {
    const header = renderToStaticMarkup(createElement(PublicHeader));
    const favicon = readFileSync("public/logo-dprd.svg", "utf8");
    for (const svg of [header, favicon]) {
      expect(svg).not.toMatch(/<text\b/);
      expect(svg).toMatch(/<path[^>]*fill="#ffffff"/);
    }
  });
});
