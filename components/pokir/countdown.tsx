"use client";

import { useEffect, useState } from "react";

function parts(ms: number) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return { d: Math.floor(s / 86400), h: Math.floor((s % 86400) / 3600), m: Math.floor((s % 3600) / 60) };
}

/** Days, hours and minutes until a moment (updated every minute; server renders the first value). */
export function Countdown({ until, initialNow }: { until: string; initialNow: number }) {
  const [now, setNow] = useState(initialNow);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);
  const { d, h, m } = parts(new Date(until).getTime() - now);
  return (
    <p className="text-3xl font-bold text-brand-800" role="timer" aria-live="off">
      {d} hari {h} jam {m} menit
    </p>
  );
}
