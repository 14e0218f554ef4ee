import type { IncomingMessage, ServerResponse } from "node:http";

export function createBootGate(opts?: { isReady?: () => boolean }): {
  handle(req: IncomingMessage, res: ServerResponse): boolean;
};
