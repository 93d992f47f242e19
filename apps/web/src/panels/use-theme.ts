import { useEffect, useSyncExternalStore } from "react";
import { selectTheme } from "../store/selectors.js";
import { useAppStore } from "../store/store-context.js";
import type { ThemeChoice } from "../store/ui-slice.js";

export const THEME_KEY = "zmq-playground:theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void) {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}
const prefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme chosen last time, if any. */
export function savedTheme(): ThemeChoice {
  const value = localStorage.getItem(THEME_KEY);
  return value === "light" || value === "dark" ? value : "system";
}

/** The theme in effect (the system's unless the person chose one); sets `data-theme` on <html>. */
export function useResolvedTheme(): "light" | "dark" {
  const choice = useAppStore(selectTheme);
  const systemDark = useSyncExternalStore(subscribe, prefersDark);
  const resolved = choice === "system" ? (systemDark ? "dark" : "light") : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    if (choice === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  }, [resolved, choice]);
  return resolved;
}
