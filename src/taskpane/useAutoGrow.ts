import { useLayoutEffect, type RefObject } from "react";

/**
 * A textarea as tall as its text, so no line is ever cut in half: measured after each change of its
 * value (and of its width, which rewraps the text). Its own scroll height plus its borders, since the
 * box is border-box.
 */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, value: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.height = "auto";
      const borders = el.offsetHeight - el.clientHeight;
      if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + borders}px`;
    };
    fit();
    if (typeof ResizeObserver === "undefined") return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fit();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, value]);
}
