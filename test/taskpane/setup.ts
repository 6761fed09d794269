/**
 * jsdom lacks a few browser APIs Fluent UI v9 touches (media queries for motion, resize observers,
 * Web Animations). Each UI test imports this file first.
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Fluent's renders in jsdom are slow on a busy machine: waits and tests get a generous ceiling, not a schedule.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverShim {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverShim;
  }
  // jsdom has no layout: <body> measures 0×0, so Tabster (Fluent's focus manager) would take every
  // element for invisible, and a Dialog would focus its surface instead of its first field.
  HTMLBodyElement.prototype.getBoundingClientRect = function () {
    return { x: 0, y: 0, top: 0, left: 0, right: 1024, bottom: 768, width: 1024, height: 768, toJSON: () => ({}) } as DOMRect;
  };
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}
