/**
 * Group commit for one kind of write: writes that arrive while earlier ones are still running are sent
 * together, as one statement, when a slot frees up. A lone write goes at once, so a quiet site waits for
 * nothing; under load each statement carries several writes, and the database parses, plans and commits
 * once for all of them (measured in docs/performance.md).
 *
 * A group is all-or-nothing (one statement). When the database refuses it (a SQLSTATE error: one bad row,
 * a unique violation), nothing of it was stored and each write is tried again on its own, so one bad write
 * fails only its own caller. Any other failure (a lost connection) fails the whole group as it is, without
 * a retry: the group may have committed, and writing it again could store a write twice.
 */

import { sqlState } from "./errors";

export interface GroupWriterOptions<T> {
  /** Writes per statement at most. */
  maxGroup: number;
  /** Statements of this kind running at once at most; the rest wait and are grouped. */
  maxInFlight: number;
  /** Only writes with the same key share a statement (the statement's text depends on it). */
  keyOf?: (item: T) => string;
  /** Store several writes in one statement: all of them, or none. */
  writeGroup: (items: T[]) => Promise<void>;
  /** Store one write. */
  writeOne: (item: T) => Promise<void>;
}

interface Pending<T> {
  item: T;
  key: string;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** A function that stores one write, grouped with the writes waiting beside it (see above). */
export function groupWriter<T>(opts: GroupWriterOptions<T>): (item: T) => Promise<void> {
  const queue: Pending<T>[] = [];
  let inFlight = 0;

  const take = (): Pending<T>[] => {
    const key = queue[0].key;
    const batch: Pending<T>[] = [];
    for (let i = 0; i < queue.length && batch.length < opts.maxGroup;) {
      if (queue[i].key === key) batch.push(...queue.splice(i, 1));
      else i++;
    }
    return batch;
  };

  const one = (p: Pending<T>) => opts.writeOne(p.item).then(p.resolve, p.reject);

  const run = async (batch: Pending<T>[]) => {
    if (batch.length === 1) return one(batch[0]);
    try {
      await opts.writeGroup(batch.map((p) => p.item));
    } catch (e) {
      if (sqlState(e) === null) {
        for (const p of batch) p.reject(e);
        return;
      }
      await Promise.all(batch.map(one));
      return;
    }
    for (const p of batch) p.resolve();
  };

  const pump = () => {
    while (inFlight < opts.maxInFlight && queue.length > 0) {
      inFlight++;
      void run(take()).finally(() => {
        inFlight--;
        pump();
      });
    }
  };

  return (item: T) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, key: opts.keyOf?.(item) ?? "", resolve, reject });
      pump();
    });
}
