"use client";

import { useState } from "react";
import { useHydrated } from "@/components/form/use-hydrated";
import { inBalikpapan } from "@/lib/pokir/geo";

/** Six decimals: about 10 cm, more than any phone's fix. */
export const formatCoordinate = (n: number) => n.toFixed(6);

/**
 * "Gunakan lokasi saya": fills latitude and longitude from the browser's geolocation. Hidden until
 * JavaScript runs (without it the fields are typed by hand); warns when the point is outside Balikpapan.
 */
export function LocateButton({ onLocate }: { onLocate: (lat: string, lon: string) => void }) {
  const hydrated = useHydrated();
  const [note, setNote] = useState<string>("");
  const [busy, setBusy] = useState(false);
  if (!hydrated || typeof navigator === "undefined" || !("geolocation" in navigator)) return null;
  const locate = () => {
    setBusy(true);
    setNote("Mencari lokasi…");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setBusy(false);
        const { latitude, longitude } = pos.coords;
        onLocate(formatCoordinate(latitude), formatCoordinate(longitude));
        setNote(
          inBalikpapan(latitude, longitude)
            ? "Lokasi terisi."
            : "Lokasi terisi, tetapi titik ini tampaknya di luar Kota Balikpapan. Periksa lagi bila perlu.",
        );
      },
      (err) => {
        setBusy(false);
        setNote(
          err.code === err.PERMISSION_DENIED
            ? "Izin lokasi ditolak. Isi lintang dan bujur secara manual, atau izinkan akses lokasi."
            : "Lokasi tidak dapat ditemukan. Isi lintang dan bujur secara manual.",
        );
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={locate}
        disabled={busy}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
      >
        Gunakan lokasi saya
      </button>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {note}
      </p>
    </div>
  );
}
