// Writes text to the clipboard from a click. The async Clipboard API first; where it is missing (an http page)
// or refused, a hidden textarea and execCommand('copy') inside `root` (the card's shadow root or the page).

/** Must be called from the user's click (before any await), so the browser sees the gesture. */
export async function copyText(text: string, root: Document | ShadowRoot): Promise<boolean> {
  const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clip && typeof clip.writeText === 'function') {
    try {
      await clip.writeText(text);
      return true;
    } catch {
      /* refused (no focus, no permission): try the fallback */
    }
  }
  return execCopy(text, root);
}

function execCopy(text: string, root: Document | ShadowRoot): boolean {
  const isDoc = root.nodeType === Node.DOCUMENT_NODE; // not instanceof: content-script wrappers differ
  const doc = isDoc ? (root as Document) : (root.ownerDocument ?? document);
  const back = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  (isDoc ? doc.body ?? doc.documentElement : root).append(area);
  let ok = false;
  try {
    area.select();
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    back?.focus({ preventScroll: true });
  }
  return ok;
}
