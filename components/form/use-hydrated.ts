import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** False on the server and while hydrating, true once JavaScript runs: forms render a no-JS fallback until then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
