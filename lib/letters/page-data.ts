import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { db, type Db } from "@/lib/db";
import { classificationOptions } from "./admin/service";
import { todayWita } from "./input-checks";
import { DEFAULT_DUE_WORKING_DAYS } from "./constants";
import { recipientOptions } from "./disposisi/recipients";

/** The default due date of a new disposition: a few working days from today (WITA, holidays skipped). */
export async function defaultDueDate(tx: Db = db): Promise<string> {
  const today = todayWita();
  const year = Number(today.slice(0, 4));
  return addWorkingDays(today, DEFAULT_DUE_WORKING_DAYS, await loadHolidaySet(year, year + 1, tx));
}

/** Options of the incoming-letter form: classification codes and accounts an addressee can have. */
export async function incomingFormOptions(actor: Actor, tx: Db = db) {
  const [codes, recipients] = await Promise.all([classificationOptions(actor, tx), recipientOptions(tx)]);
  const people = recipients
    .filter((r) => r.key.startsWith("user:") && (r.group === "pimpinan" || r.group === "staf"))
    .map((r) => ({ id: r.key.slice(5), label: r.hint ? `${r.label} — ${r.hint}` : r.label }));
  return { codes, people, today: todayWita() };
}

/** Options of the disposition form. */
export async function disposisiFormOptions(tx: Db = db) {
  const [options, defaultDue] = await Promise.all([recipientOptions(tx), defaultDueDate(tx)]);
  return { options, defaultDue };
}

/** For pages: a 404 from a service becomes Next's not-found page (no existence leak). */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  }
}
