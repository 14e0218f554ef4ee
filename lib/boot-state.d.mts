export interface BootState {
  ready: boolean;
  lastError?: string;
  started?: boolean;
  stopWorker?: () => void;
}

/** What a visitor is told while the server starts (pages, the API and /api/ready). */
export const PUBLIC_STARTING: string;

/** This process's start-up state (created on first use). */
export function bootState(): BootState;
