import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { env } from "@/lib/env";

export const metadata: Metadata = {
  metadataBase: new URL(env().APP_URL),
  title: { default: "Si Dilan — DPRD Kota Balikpapan", template: "%s · Si Dilan DPRD Kota Balikpapan" },
  description:
    "Si Dilan (Sistem Digital Melayani) Sekretariat DPRD Kota Balikpapan: aspirasi publik, e-Pokir, register surat, dan risalah rapat elektronik.",
  applicationName: "Si Dilan",
  // The header's logo is also the icon: one cached request instead of a separate favicon.ico (kept for old browsers).
  icons: { icon: [{ url: "/logo-dprd.svg", type: "image/svg+xml" }] },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f4c7d",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request so Next can put the CSP nonce (set by proxy.ts) on its scripts.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen">
        <a href="#konten" className="skip-link">
          Langsung ke konten utama
        </a>
        {children}
      </body>
    </html>
  );
}
