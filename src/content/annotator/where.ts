// Where Backstory may act. Pure DOM predicates, shared by the annotator and the observer.

/** Elements whose text is never annotated (their whole subtree is skipped). */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'textarea', 'input', 'select', 'option', 'optgroup',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas',
  'video', 'audio', 'head', 'button', 'backstory-card', 'mark',
]);
// `mark` is skipped whole: the page's own highlights are left as they are. Ours are the exception (isOurMark):
// their text is read so that a rescan sees the same word boundaries as the first pass, but never wrapped again.

/** Phrasing elements that do not interrupt a sentence: text on either side is read as one run. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'label', 'q',
  's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'strike', 'tt', 'big', 'nobr', 'ruby', 'rb',
]);

export function isEditableRoot(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** One of our marks (wrap.ts sets data-backstory-mention). A forged one only makes its text read-only to us. */
export function isOurMark(el: Element): boolean {
  return el.localName === 'mark' && el.hasAttribute('data-backstory-mention');
}

/** Does this node end a run of text (a block, br, img, a skipped element; not inline markup or our marks)? */
export function endsRun(n: Node | null | undefined): boolean {
  return !!n && n.nodeType === 1 && !INLINE.has((n as Element).localName) && !isOurMark(n as Element);
}

/** Is this element (not its ancestors) one whose subtree we never touch? */
export function skipsSubtree(el: Element): boolean {
  return (SKIP.has(el.localName) && !isOurMark(el)) || isEditableRoot(el) || el.hasAttribute('data-backstory-card');
}

/** Is node inside a place we never touch, judging by its ancestors? (Used for subtree roots, not per node.) */
export function insideSkipped(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (skipsSubtree(el)) return true;
    if ((el as HTMLElement).isContentEditable) return true;
  }
  return false;
}
