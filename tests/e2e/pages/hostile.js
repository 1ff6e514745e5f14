// Counts CSP violations the page sees (styles or scripts blocked by its strict policy).
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
setTimeout(() => {
  const p = document.createElement('p');
  p.id = 'p2';
  p.textContent = 'Later, SAG-AFTRA too.';
  document.getElementById('article').append(p);
}, 300);
