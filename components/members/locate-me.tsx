"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/form/use-hydrated";

/**
 * "Gunakan lokasi saya": sends the phone's position to the page (GET lat/lon), which finds the
 * kelurahan on the server. Hidden without JavaScript; the position is not stored.
 */
export function LocateMe() {
  const hydrated = useHydrated();
  const router = useRouter();
  const [note, setNote] = useState("");
  if (!hydrated || typeof navigator === "undefined" || !("geolocation" in navigator)) return null;
  const locate = () => {
    setNote("Mencari lokasi…");
    navigator.geolocation.getCurrentPosition(
      (pos) =>
        router.push(`/wakil-saya?lat=${pos.coords.latitude.toFixed(5)}&lon=${pos.coords.longitude.toFixed(5)}#hasil`),
      (err) =>
        setNote(
          err.code === err.PERMISSION_DENIED
            ? "Izin lokasi ditolak. Pilih kelurahan dari daftar atau peta."
            : "Lokasi tidak ditemukan. Pilih kelurahan dari daftar atau peta.",
        ),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={locate}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
      >
        Gunakan lokasi saya
      </button>
      <p role="status" className="text-sm text-slate-700">
        {note}
      </p>
    </div>
  );
}
