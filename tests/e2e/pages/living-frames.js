// An about:blank frame filled by the parent's script (no navigation). Firefox 140 may replace a src-less frame's
// first document with a second about:blank at its load event, dropping what was written into the first; the text is
// written again into that one, so the frame always holds it.
const frame = document.getElementById('blank');
function fill() {
  const doc = frame.contentDocument;
  if (doc.body.childElementCount) return;
  const p = doc.createElement('p');
  p.textContent = 'Disney, the Hollywood studio, in an about:blank frame.'; // its context: a frame is a document of its own
  doc.body.append(p);
}
fill();
frame.addEventListener('load', fill);
