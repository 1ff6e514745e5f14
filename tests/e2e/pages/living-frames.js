// An about:blank frame filled by the parent's script (no navigation).
const doc = document.getElementById('blank').contentDocument;
const p = doc.createElement('p');
p.textContent = 'Disney, the Hollywood studio, in an about:blank frame.'; // its context: a frame is a document of its own
doc.body.append(p);
