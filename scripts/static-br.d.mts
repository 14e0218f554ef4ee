import type { IncomingMessage, ServerResponse } from "node:http";

export function acceptsBrotli(header: string | string[] | undefined): boolean;
export function createBrotliStatic(distDir?: string): {
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
};
