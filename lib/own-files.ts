/**
 * One of the extension's own files, read as JSON: a chrome-extension:// or
 * moz-extension:// URL, so no network request. Rejects when the file is missing or is not
 * JSON. Used for the story index (background) and the story cards (popup).
 */
export async function ownJson(path: string): Promise<unknown> {
  const res = await fetch(browser.runtime.getURL(path as '/'));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}
