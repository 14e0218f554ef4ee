import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const RULE = "@typescript-eslint/no-restricted-imports";
const root = process.cwd();

async function ruleHits(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f));
}

describe("layering: pages, route handlers and components import no value from @/lib/db", () => {
  it("the lint rule rejects a value import of the database in a page, a route handler and a component", async () => {
    const page = 'import { db } from "@/lib/db";\nexport default function P() { return String(Boolean(db)); }\n';
    expect(await ruleHits(page, "app/(public)/contoh/page.tsx")).toHaveLength(1);
    const route = 'import { users } from "@/lib/db/schema";\nexport const x = users;\n';
    expect(await ruleHits(route, "app/api/v1/contoh/route.ts")).toHaveLength(1);
    const component = 'import { eq } from "drizzle-orm";\nimport { db } from "@/lib/db";\nexport const x = [eq, db];\n';
    expect(await ruleHits(component, "components/contoh/list.tsx")).toHaveLength(2);
  }, 60_000);

  it("type imports stay allowed, and lib/ may import the database", async () => {
    const page = 'import type { Db } from "@/lib/db";\nexport type X = Db;\n';
    expect(await ruleHits(page, "app/(public)/contoh/page.tsx")).toEqual([]);
    const service = 'import { db } from "@/lib/db";\nexport const x = db;\n';
    expect(await ruleHits(service, "lib/contoh/service.ts")).toEqual([]);
  }, 60_000);

  it("no file under app/ or components/ imports a value from @/lib/db", () => {
    const offenders = [...sources("app"), ...sources("components")].filter((f) =>
      /^\s*import\s+(?!type\b)[^;]*?from\s+["']@\/lib\/db(\/[^"']*)?["']/m.test(
        readFileSync(join(root, f), "utf8").replace(/import\s+\{(\s*type\s+\w+\s*,?)+\}/g, "import type {}"),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe("public pages: plain links, no next/link (no router chunk, no RSC prefetch)", () => {
  const code =
    'import Link from "next/link";\nexport default function P() { return <Link href="/aspirasi">A</Link>; }\n';

  it("the lint rule rejects next/link on a public page and in a component the public pages render", async () => {
    expect(await ruleHits(code, "app/(public)/contoh/page.tsx")).toHaveLength(1);
    expect(await ruleHits(code, "components/layout/public-header.tsx")).toHaveLength(1);
    expect(await ruleHits(code, "components/ui/contoh.tsx")).toHaveLength(1);
  }, 60_000);

  it("staff and member pages keep client-side navigation", async () => {
    expect(await ruleHits(code, "app/(office)/sekretariat/contoh/page.tsx")).toEqual([]);
    expect(await ruleHits(code, "components/layout/app-shell.tsx")).toEqual([]);
  }, 60_000);
});
