// An about:blank frame filled by the parent's script (no navigation).
const doc = document.getElementById('blank').contentDocument;
const p = doc.createElement('p');
p.textContent = 'Disney in an about:blank frame.';
doc.body.append(p);
