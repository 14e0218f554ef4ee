"use client";

import { createElement, useEffect } from "react";

/**
 * Anti-spam fields of a public form: a honeypot hidden from people and assistive technology (bots
 * fill it), the signed "form opened at" token, and the self-hosted ALTCHA proof-of-work widget
 * (no outside service). `challenge` is false when the server runs with PUBLIC_CHALLENGE=off. Without
 * JavaScript the widget cannot run: a <noscript> note says the server checks the post another way.
 */
export function AntiSpamFields({
  formToken,
  challenge,
  error,
}: {
  formToken: string;
  challenge: boolean;
  error?: string[];
}) {
  // The widget's script (~40 KiB) stays out of the first load: it is imported on the visitor's first
  // interaction (focus, tap or key). It solves on focus inside the form ("onfocus"), so it starts on
  // the next field the citizen moves to; a post without the proof takes the server's no-JS path.
  useEffect(() => {
    if (!challenge) return;
    const events = ["focusin", "pointerdown", "keydown"] as const;
    const load = () => {
      for (const e of events) document.removeEventListener(e, load, true);
      void import("altcha").then(() => import("altcha/i18n/id"));
    };
    for (const e of events) document.addEventListener(e, load, true);
    return () => {
      for (const e of events) document.removeEventListener(e, load, true);
    };
  }, [challenge]);
  return (
    <>
      <div
        aria-hidden="true"
        style={{ position: "absolute", left: "-10000px", top: "auto", width: 1, height: 1, overflow: "hidden" }}
      >
        <label htmlFor="situs_web">Jangan isi kolom ini</label>
        <input id="situs_web" name="situs_web" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name="form_token" value={formToken} />
      {challenge ? (
        <div className="space-y-1">
          {createElement("altcha-widget", {
            challenge: "/api/v1/aspirasi/tantangan",
            name: "altcha",
            language: "id",
            auto: "onfocus",
            style: { "--altcha-max-width": "100%" },
          })}
          <noscript>
            <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm text-slate-700">
              JavaScript di peramban Anda mati, jadi pemeriksaan &ldquo;Saya bukan robot&rdquo; tidak dapat berjalan.
              Formulir tetap dapat dikirim: kami memeriksanya dengan cara lain, dan dari satu jaringan hanya beberapa
              kiriman per jam yang diterima tanpa pemeriksaan itu.
            </p>
          </noscript>
          {error?.length ? (
            <p id="altcha-error" className="text-sm font-medium text-red-700">
              {error[0]}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
