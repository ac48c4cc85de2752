import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** false in the server HTML and until React has hydrated: start buttons stay disabled until a click can work. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
