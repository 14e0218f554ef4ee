import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { addWorkingDays } from "@/lib/calendar/working-days";
import type { Db } from "@/lib/db/types";
import { classificationOptions } from "./admin/service";
import { todayWita } from "./common";
import { DEFAULT_DUE_WORKING_DAYS } from "./constants";
import { recipientOptions } from "./disposisi/recipients";

/** The default due date of a new disposition: a few working days from today (WITA, holidays skipped). */
export async function defaultDueDate(db: Db): Promise<string> {
  const today = todayWita();
  const year = Number(today.slice(0, 4));
  return addWorkingDays(today, DEFAULT_DUE_WORKING_DAYS, await loadHolidaySet(db, year, year + 1));
}

/** Options of the incoming-letter form: classification codes and accounts an addressee can have. */
export async function incomingFormOptions(db: Db, actor: Actor) {
  const [codes, recipients] = await Promise.all([classificationOptions(db, actor), recipientOptions(db)]);
  const people = recipients.filter((r) => r.key.startsWith("user:") && (r.group === "pimpinan" || r.group === "staf")).map((r) => ({ id: r.key.slice(5), label: r.hint ? `${r.label} — ${r.hint}` : r.label }));
  return { codes, people, today: todayWita() };
}

/** Options of the disposition form. */
export async function disposisiFormOptions(db: Db) {
  const [options, defaultDue] = await Promise.all([recipientOptions(db), defaultDueDate(db)]);
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
