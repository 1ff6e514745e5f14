// happy-dom's Range.toString re-walks the whole document for every call (~400 ms for 300 paragraphs), which
// makes the sparse reader's bisection untestable there. For the one shape the reader uses (both boundaries in
// the same parent, as child offsets) this computes the same string the DOM standard defines: the data of every
// text node inside the range, in tree order. Any other shape goes to happy-dom's own implementation.
const original = Range.prototype.toString;
Range.prototype.toString = function (this: Range): string {
  const { startContainer: a, endContainer: b, startOffset: from, endOffset: to } = this;
  if (a !== b || a.nodeType === 3 || a.nodeType === 8) return original.call(this);
  let out = '';
  const kids = a.childNodes;
  for (let i = from; i < to; i++) {
    const n = kids[i]!;
    if (n.nodeType === 3 || n.nodeType === 4) out += (n as Text).data;
    else if (n.nodeType === 1 || n.nodeType === 11) out += n.textContent ?? '';
  }
  return out;
};
