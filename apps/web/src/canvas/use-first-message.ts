import { useEffect, useRef, useState } from "react";

/** How long a link glows when its first message arrives. */
export const FLASH_MS = 1600;

/**
 * True for a moment when a link's count leaves zero: the first message a late
 * subscriber gets (the slow joiner), or the first after a redeploy recreated a socket.
 */
export function useFirstMessageFlash(total: number, running: boolean): boolean {
  const previous = useRef(total);
  const [flash, setFlash] = useState(false);
  useEffect(() => {
    const was = previous.current;
    previous.current = total;
    if (running && was === 0 && total > 0) setFlash(true);
  }, [total, running]);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(false), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);
  return flash;
}
