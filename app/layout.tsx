import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.APP_URL || "http://localhost:3000"),
  title: { default: "Si Dilan — DPRD Kota Balikpapan", template: "%s · Si Dilan DPRD Kota Balikpapan" },
  description:
    "Si Dilan (Sistem Digital Melayani) Sekretariat DPRD Kota Balikpapan: aspirasi publik, e-Pokir, register surat, dan risalah rapat elektronik.",
  applicationName: "Si Dilan",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f4c7d",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
