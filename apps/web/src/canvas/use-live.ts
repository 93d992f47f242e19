import { useMemo } from "react";
import type { LiveLink, LiveSocket } from "../store/live-view.js";
import { selectLiveLink, selectLiveSocket } from "../store/runtime-selectors.js";
import type { AppState } from "../store/types.js";
import { useAppStore } from "../store/store-context.js";

const selectIsLive = (s: AppState) => s.run.status === "running" || s.run.status === "stopping";
const selectLastDropped = (s: AppState) => s.live.lastDroppedSamples;
const selectSpeed = (s: AppState) => s.run.speed;

/** Whether a topology runs (counters and link states are shown). */
export function useIsLive(): boolean {
  return useAppStore(selectIsLive);
}

/** One socket's live counters (re-renders at most at the store's tick rate, 10 a second). */
export function useLiveSocket(id: string): LiveSocket | undefined {
  return useAppStore(useMemo(() => selectLiveSocket(id), [id]));
}

/** One link's live counters and state. */
export function useLiveLink(linkId: string): LiveLink | undefined {
  return useAppStore(useMemo(() => selectLiveLink(linkId), [linkId]));
}

/** Samples the last tick left out (the animation shows intensity instead of dots then). */
export function useLastDropped(): number {
  return useAppStore(selectLastDropped);
}

export function useSpeed(): number {
  return useAppStore(selectSpeed);
}
