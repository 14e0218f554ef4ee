import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Await a service call for a page; a 404 from the service becomes the Next not-found page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  }
}
