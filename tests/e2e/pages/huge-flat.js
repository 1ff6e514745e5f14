// 60,000 paragraphs, each followed by a line break, in one parent: 120,000 children. Mentions in paragraphs far
// apart, one split by inline markup, and one in bare text straight in the parent between inline elements. The
// article's text is recorded before Backstory runs, so the test can check that marking changed none of it.
const article = document.createElement('article');
const MENTIONS = {
  0: 'Netflix opened the talks.',
  17357: 'The AMPTP answered late.',
  59999: 'SAG-AFTRA closed the page.',
};
for (let i = 0; i < 60000; i++) {
  const p = document.createElement('p');
  if (i === 31523) p.append('The Writers ', Object.assign(document.createElement('em'), { textContent: 'Guild' }), ' of America met.');
  else p.textContent = MENTIONS[i] ?? `Paragraph ${i} of plain words.`;
  article.append(p, '\n');
  if (i === 45611) article.append(document.createElement('span'), ' and Disney said so ', document.createElement('span'));
}
document.currentScript.before(article);
document.documentElement.setAttribute('data-text-length', String(article.textContent.length));
