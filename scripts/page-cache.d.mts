import type { IncomingMessage, ServerResponse } from "node:http";

export const PAGE_CACHE_HEADER: string;
export const INLINE_HASHES_TOKEN: string;
export const CACHE_STATUS_HEADER: string;
export function isNextInlineScript(body: string): boolean;
export function inlineScriptHashes(html: string): { hashes: string[]; rejected: string[] };
export function createPageCache(opts?: { maxBytes?: number; maxEntryBytes?: number; now?: () => number }): {
  handle(req: IncomingMessage, res: ServerResponse, next: () => unknown): Promise<unknown>;
  clear(): void;
  size(): number;
};
