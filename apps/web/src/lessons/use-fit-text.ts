import { useLayoutEffect, type RefObject } from "react";

/**
 * Shrink the text of an element (its font-size, children sized in em) one pixel at a
 * time until it fits its box without scrolling, down to `min`: a long paragraph on a
 * 1280x720 projector stays whole and as large as it can be. Runs again when `key`
 * changes (another slide, language or verdict) and when the window is resized.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: string, min = 16): void {
  useLayoutEffect(() => {
    const fit = () => {
      const el = ref.current;
      if (!el) return;
      el.style.fontSize = "";
      let size = parseFloat(getComputedStyle(el).fontSize);
      while (el.scrollHeight > el.clientHeight + 1 && size > min) {
        size -= 1;
        el.style.fontSize = `${size}px`;
      }
    };
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [ref, key, min]);
}
