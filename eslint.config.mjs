import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layering (issue 12): pages, layouts, route handlers and components import no value from the database
// layer; services in lib/<domain>/ own database access (types are fine). Components only render, so
// they do not build queries either. tests/unit/layering-lint.test.ts proves the rule fires.
const NO_DB_VALUES = {
  group: ["@/lib/db", "@/lib/db/*"],
  allowTypeImports: true,
  message:
    "Pages, route handlers and components do not touch the database: call a service in lib/<domain>/ (type imports are fine).",
};
const NO_DRIZZLE = {
  group: ["drizzle-orm", "drizzle-orm/*"],
  message: "Components only render: build queries in a service in lib/<domain>/.",
};

// Public pages navigate with plain <a> links (issue 13): next/link would load the client router's link chunk
// and prefetch the RSC payload of every link in the viewport (about 20 KiB and one server render per link
// on each visit from a phone). The files below render on the public pages; tests/unit/layering-lint.test.ts
// proves the rule fires.
const PUBLIC_FILES = [
  "app/(public)/**/*.{ts,tsx}",
  "app/*.tsx",
  "components/ui/**/*.{ts,tsx}",
  "components/form/**/*.{ts,tsx}",
  "components/layout/public-*.tsx",
  "components/layout/not-found-message.tsx",
  "components/members/**/*.{ts,tsx}",
  "components/aspirations/**/*.{ts,tsx}",
  "components/pokir/pokir-tracking.tsx",
  "components/epaper/letter-verification.tsx",
];
// Plain links also make every public page its own document load, with its own opener policy
// (OPENER_POLICY in lib/security/headers.ts): a form or the login reached from a cached page is isolated.
const NO_NEXT_LINK = {
  name: "next/link",
  message: "Halaman publik memakai <a href> biasa: next/link memuat router dan mem-prefetch setiap tautan (issue 13).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Numbers, dates and sizes are written for people in one place each: lib/format.ts (formatNumber,
    // formatDate, formatDateTime, formatRupiah) and formatBytes in lib/attachments/limits.ts (client-safe).
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/format.ts", "lib/attachments/limits.ts", "lib/calendar/working-days.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^toLocale(String|DateString|TimeString)$/]",
          message:
            "Format angka dan tanggal lewat lib/format.ts (formatNumber, formatDate, formatDateTime, formatRupiah) atau formatBytes.",
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|DateTimeFormat)$/]",
          message: "Format angka dan tanggal lewat lib/format.ts, tempat satu-satunya aturan format.",
        },
      ],
    },
  },
  {
    // Every environment variable is read and validated in lib/env.ts; app code asks env() for it.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Baca variabel lingkungan lewat env() dari lib/env.ts (divalidasi dan didokumentasikan di sana).",
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [NO_DB_VALUES] }] },
  },
  {
    // JSON columns use lib/db/schema/types.ts's jsonb, which writes lone surrogates as U+FFFD; drizzle's own
    // would make PostgreSQL refuse the statement (a 500).
    files: ["lib/db/schema/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "drizzle-orm/pg-core",
              importNames: ["json", "jsonb"],
              message: "Kolom JSON memakai jsonb dari ./types (menulis teks yang well-formed).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [NO_DB_VALUES, NO_DRIZZLE] }] },
  },
  {
    files: PUBLIC_FILES,
    rules: {
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [NO_NEXT_LINK], patterns: [NO_DB_VALUES, NO_DRIZZLE] },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    ".data/**",
    ".data-*/**",
    "drizzle/**",
    "test-results/**",
    "playwright-report/**",
    "tmp/**",
    "bench/bare/.next/**",
    "scripts/codemods/**",
  ]),
]);
