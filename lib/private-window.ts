/** Whether the current extension page is in a private window (split mode, or a Firefox private window). */
export async function inPrivateWindow(): Promise<boolean> {
  if (browser.extension?.inIncognitoContext) return true;
  try {
    return (await browser.windows.getCurrent()).incognito === true;
  } catch {
    return false;
  }
}
