/**
 * Whether this frame's content can be seen by the person: a subframe smaller than a
 * line of text (the 1x1 ad frame that once put "BANK.TEST uses facial recognition" into
 * bank.test's popup), one that is not rendered, or one that has never been on screen is
 * not counted. The top frame is always visible.
 *
 * IntersectionObserver v2's `isVisible` (occlusion, opacity) was tried and dropped: in
 * Chromium 156 it flipped to false for frames whose page was still laying out (12 frames
 * in a grid of a probe page: 6 reported not visible), so a transparent or
 * covered full-size frame still counts; its findings carry their origin in the popup.
 */
export const MIN_FRAME = { width: 40, height: 16 };

export function isTopFrame(win: Window): boolean {
  try {
    return win.top === win;
  } catch {
    return false;
  }
}

/**
 * Resolves true once the frame has been seen on screen (the IntersectionObserver says so),
 * false if it was not within `timeoutMs` (it may still become visible later: `onVisible`).
 */
export function watchFrameVisibility(win: Window & typeof globalThis, onVisible: () => void, timeoutMs = 1500): Promise<boolean> {
  const target = win.document.documentElement;
  if (typeof win.IntersectionObserver !== 'function' || !target) return Promise.resolve(true);
  return new Promise((resolve) => {
    let settled = false;
    let done = false;
    const observer = new win.IntersectionObserver((entries) => {
      for (const e of entries) {
        const seen = e.isIntersecting && e.intersectionRect.width >= MIN_FRAME.width && e.intersectionRect.height >= MIN_FRAME.height;
        if (!seen) continue;
        observer.disconnect();
        done = true;
        win.removeEventListener('resize', again);
        if (!settled) {
          settled = true;
          resolve(true);
        } else onVisible();
        return;
      }
    }, { threshold: [0, 0.01, 0.1] });
    observer.observe(target);
    // A frame laid out late (0x0 when the script starts, its size set later: a busy page)
    // crosses no threshold as it grows; observing again asks once more.
    const again = () => {
      if (done) return;
      observer.unobserve(target);
      observer.observe(target);
    };
    win.addEventListener('resize', again);
    setTimeout(() => {
      if (!settled) {
        settled = true;
        resolve(false);
      }
    }, timeoutMs);
  });
}
