// happy-dom's Range.toString re-walks the whole document for every call (~400 ms for 300 paragraphs), which
// makes the sparse reader's bisection untestable there. For the shapes the reader uses this computes the same
// string the DOM standard defines (the data of every text node inside the range, in tree order):
//   - both boundaries in the same parent, as child offsets;
//   - sliceText's: from the start of one child to an offset inside a later sibling.
// Any other shape goes to happy-dom's own implementation.
/** happy-dom's own Range.toString (the stand-in's test compares the two). */
export const original = Range.prototype.toString;

/** The text a range holds of node n entirely. */
const whole = (n: Node): string => (n.nodeType === 3 || n.nodeType === 4 ? (n as Text).data : n.nodeType === 1 || n.nodeType === 11 ? (n.textContent ?? '') : '');

/** The text of n's children [from, to), or of a text node's data up to `to`. */
function upTo(n: Node, from: number, to: number): string {
  if (n.nodeType === 3 || n.nodeType === 4) return (n as Text).data.slice(from, to);
  let out = '';
  const kids = n.childNodes;
  for (let i = from; i < to; i++) out += whole(kids[i]!);
  return out;
}

Range.prototype.toString = function (this: Range): string {
  const { startContainer: a, endContainer: b, startOffset: from, endOffset: to } = this;
  if (a === b && a.nodeType !== 3 && a.nodeType !== 8) return upTo(a, from, to);
  if (a !== b && from === 0 && a.parentNode && a.parentNode === b.parentNode && a.nodeType !== 8 && b.nodeType !== 8) {
    let out = whole(a);
    let n = a.nextSibling;
    for (; n && n !== b; n = n.nextSibling) out += whole(n);
    if (n === b) return out + upTo(b, 0, to);
  }
  return original.call(this);
};
