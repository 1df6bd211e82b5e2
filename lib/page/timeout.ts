/**
 * A message's answer, or a rejection after `ms`: a message sent to a service worker that
 * is stopped while it starts may never be answered (a page whose worker was stopped 15
 * times while it loaded waited for ever), so senders that retry must not wait for ever.
 */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
