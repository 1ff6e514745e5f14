// Golden corpus, HTML cases: short pages written for this corpus. Each expected mention is the exact text it
// covers in the body's textContent (markup removed), the entity id, and which occurrence of that text it is
// (1 when omitted). `traps` lists text that must stay unmarked (counted as traps; the rest of the page must
// stay unmarked too). Format: tests/golden/README.md.
export interface PageCase {
  name: string;
  html: string;
  expect: [text: string, id: string, occurrence?: number][];
  traps: [text: string, occurrence?: number][];
}

export const PAGES: PageCase[] = [
  {
    name: 'split by inline markup',
    html: `<p>The Writers <em>Guild</em> of America met <b>SAG</b>-AFTRA and the <a href="#x">AMPTP</a>.</p>
<p><span>Net</span>flix and <i>Warner Bros.</i> Discovery.</p>`,
    expect: [['Writers Guild of America', 'wga'], ['SAG-AFTRA', 'sag-aftra'], ['AMPTP', 'amptp'], ['Netflix', 'netflix'], ['Warner Bros. Discovery', 'warner-bros-discovery']],
    traps: [],
  },
  {
    name: 'links keep their marks inside',
    html: `<ul><li><a href="https://example.com/wga">WGA statement</a></li><li><a href="/x">Fran Drescher speaks</a></li><li><a href="/y">Read about <strong>Generative AI</strong></a></li></ul>`,
    expect: [['WGA', 'wga'], ['Fran Drescher', 'fran-drescher'], ['Generative AI', 'generative-ai']],
    traps: [],
  },
  {
    name: 'blocks end a run',
    html: `<div>The Writers</div><div>Guild of America</div><p>Screen Actors<br>Guild</p><p>Apple</p><p>The studios and the strike.</p>`,
    expect: [],
    traps: [['Writers'], ['Guild', 1], ['Screen Actors'], ['Guild', 2], ['Apple']],
  },
  {
    name: 'form fields',
    html: `<form><label>Studio <input value="Netflix and the WGA"></label><textarea>SAG-AFTRA and Disney</textarea>
<select><option>Netflix</option><option>WGA</option><optgroup label="x"><option>AMPTP</option></optgroup></select>
<button>Join the WGA</button></form><p>The WGA form above.</p>`,
    expect: [['WGA', 'wga', 3]],
    traps: [['SAG-AFTRA'], ['Disney'], ['Netflix'], ['WGA', 1], ['AMPTP'], ['WGA', 2]],
  },
  {
    name: 'contenteditable at any depth',
    html: `<div contenteditable="true"><p>Netflix and the <b>WGA</b> in an editor</p><div><p><span>SAG-AFTRA deep inside</span></p></div></div>
<div contenteditable="plaintext-only">Disney draft</div><div contenteditable="">AMPTP empty-string editable</div>
<div contenteditable="TRUE"><p>Sora and OpenAI</p></div>
<div contenteditable="true"><p contenteditable="false">Paramount Pictures island</p></div>
<p>Outside: Netflix.</p>`,
    expect: [['Netflix', 'netflix', 2]],
    traps: [['Netflix', 1], ['WGA'], ['SAG-AFTRA'], ['Disney'], ['AMPTP'], ['Sora'], ['OpenAI'], ['Paramount Pictures']],
  },
  {
    name: 'scripts, styles, templates and other raw or foreign content',
    html: `<script>var s = "Netflix WGA";</script><style>.wga::after { content: "SAG-AFTRA" }</style><noscript>Netflix noscript</noscript>
<template><p>Disney in a template</p></template><title>AMPTP title in body</title>
<svg><text>Warner Bros. in svg</text></svg><math><mi>DGA</mi></math><p>Only IATSE here.</p>`,
    expect: [['IATSE', 'iatse']],
    traps: [['Netflix', 1], ['WGA'], ['SAG-AFTRA'], ['Netflix', 2], ['AMPTP'], ['Warner Bros.'], ['DGA']],
  },
  {
    name: 'code, pre, kbd, samp, var',
    html: `<p>Run <code>grep Netflix</code> or <kbd>WGA</kbd>, see <samp>SAG-AFTRA</samp> and <var>AI</var>.</p><pre>Disney
AMPTP</pre><p>Then ask the DGA.</p>`,
    expect: [['DGA', 'dga']],
    traps: [['Netflix'], ['WGA'], ['SAG-AFTRA'], ['AI'], ['Disney'], ['AMPTP']],
  },
  {
    name: 'existing marks, iframes, our own card',
    html: `<p><mark>Netflix marked by the page</mark> and Disney+.</p><iframe srcdoc="<p>WGA</p>"></iframe>
<backstory-card data-backstory-card><p>AMPTP in our card</p></backstory-card><div data-backstory-card><p>Sony Pictures card</p></div>
<object><p>Lionsgate fallback</p></object><video><p>HBO video fallback</p></video><canvas>Peacock canvas</canvas>`,
    expect: [['Disney+', 'disney']],
    traps: [['Netflix'], ['AMPTP'], ['Sony Pictures'], ['Lionsgate'], ['HBO'], ['Peacock']],
  },
  {
    name: 'context comes from the same block only',
    html: `<p>Apple unveiled a new phone.</p><p>Netflix and the strike.</p><p>Amazon shipped faster.</p>
<p>Paramount importance, universal truth and an apple pie.</p><p>Universal and Peacock, in a Hollywood column.</p>`,
    expect: [['Netflix', 'netflix'], ['Universal', 'nbcuniversal', 1], ['Peacock', 'nbcuniversal']],
    traps: [['Apple'], ['Amazon'], ['Paramount'], ['universal'], ['apple pie']],
  },
  {
    name: 'headline and article',
    html: `<article><h1>SAG-AFTRA AND THE AMPTP REACH A DEAL</h1><p class="byline">By a staff writer</p>
<p>After 118 days, <a href="/u">SAG-AFTRA</a> and the studios agreed terms on <em>artificial intelligence</em>, including
consent for each <strong>digital replica</strong>. Ted Sarandos of Netflix and Bob Iger of Disney joined the talks.</p>
<blockquote>"We protected our likeness," said Fran Drescher.</blockquote>
<p>The deal also covers synthetic performers and voice cloning.</p></article>`,
    expect: [
      ['SAG-AFTRA', 'sag-aftra', 1], ['AMPTP', 'amptp'], ['SAG-AFTRA', 'sag-aftra', 2], ['artificial intelligence', 'artificial-intelligence'],
      ['digital replica', 'digital-replica'], ['Ted Sarandos', 'ted-sarandos'], ['Netflix', 'netflix'], ['Bob Iger', 'bob-iger'],
      ['Disney', 'disney'], ['likeness', 'likeness'], ['Fran Drescher', 'fran-drescher'], ['synthetic performers', 'synthetic-performer'],
      ['voice cloning', 'voice-cloning'],
    ],
    traps: [['said']],
  },
  {
    name: 'a recipe page',
    html: `<h2>Grandma's apple pie</h2><p>Peel six apples. A fox watched from the garden while we baked.</p>
<p>Serve at max temperature with peacock-blue plates. Safety is paramount.</p><p>Said the chef: "AIDS research dinner, MAIN course."</p>`,
    expect: [],
    traps: [['apple pie'], ['fox'], ['max'], ['peacock'], ['paramount'], ['Said'], ['AIDS'], ['MAIN']],
  },
  {
    name: 'a finance page',
    html: `<p>Equity markets fell. Amazon and Apple led the decline; Sony gained.</p><p>Universal credit claims rose.</p>
<table><tr><td>Fox</td><td>Equity</td></tr><tr><td>Runway</td><td>Sora</td></tr></table>`,
    expect: [],
    traps: [['Equity', 1], ['Amazon'], ['Apple'], ['Sony'], ['Universal'], ['Fox'], ['Equity', 2], ['Runway'], ['Sora']],
  },
  {
    name: 'Unicode: hyphens, no-break spaces, decomposed accents, curly apostrophes',
    html: `<p>SAG\u2011AFTRA, SAG\u2013AFTRA and Netflix\u2019s caf\u0065\u0301 deal.</p><p>The Writers\u00a0Guild\u00a0of\u00a0America and Directors\u00a0Guild.</p>`,
    expect: [['SAG\u2011AFTRA', 'sag-aftra'], ['SAG\u2013AFTRA', 'sag-aftra'], ['Netflix', 'netflix'], ['Writers\u00a0Guild\u00a0of\u00a0America', 'wga'], ['Directors\u00a0Guild', 'dga']],
    traps: [],
  },
  {
    name: 'AI and its look-alikes',
    html: `<p>AI rules, <b>A.I.</b> rules; Ai Weiwei said the AIDS quilt was MAIN street art.</p><p>OpenAI and the AI Act.</p>
<p>The WGA and SAG-AFTRA fought over it in Hollywood.</p>`,
    expect: [['AI', 'artificial-intelligence', 1], ['A.I.', 'artificial-intelligence'], ['OpenAI', 'openai'], ['AI Act', 'eu-ai-act'], ['WGA', 'wga'], ['SAG-AFTRA', 'sag-aftra']],
    traps: [['Ai Weiwei'], ['said'], ['AIDS'], ['MAIN']],
  },
  {
    name: 'lists of laws and people',
    html: `<ol><li>AB 2602</li><li>AB&nbsp;1836</li><li>NO FAKES Act</li><li>ELVIS Act</li><li>SB 1047</li></ol>
<dl><dt>Duncan Crabtree-Ireland</dt><dd>chief negotiator of SAG-AFTRA</dd><dt>Ellen Stutzman</dt><dd>WGA negotiator</dd></dl>`,
    expect: [['AB 2602', 'ca-ab-2602'], ['AB\u00a01836', 'ca-ab-1836'], ['NO FAKES Act', 'no-fakes-act'], ['ELVIS Act', 'elvis-act'], ['SB 1047', 'ca-sb-1047'],
      ['Duncan Crabtree-Ireland', 'duncan-crabtree-ireland'], ['SAG-AFTRA', 'sag-aftra'], ['Ellen Stutzman', 'ellen-stutzman'], ['WGA', 'wga']],
    traps: [],
  },
  {
    name: 'comment thread with an editor open',
    html: `<section><p>Great piece on the Writers Guild of America and Paramount Pictures.</p>
<div class="reply" contenteditable="true">I think Netflix and <i>Sony Pictures</i> should pay <u>residuals</u>.</div>
<textarea>Reply about Apple TV+</textarea><p>Posted under the Disney+ thread.</p></section>`,
    expect: [['Writers Guild of America', 'wga'], ['Paramount Pictures', 'paramount'], ['Disney+', 'disney']],
    traps: [['Netflix'], ['Sony Pictures'], ['Apple TV+']],
  },
  {
    name: 'headline markup and word breaks',
    html: `<h2>How <em>Digital</em> Replicas Became the Sticking Point for SAG-<wbr>AFTRA</h2><p><a href="/w">Writers</a> <a href="/g">Guild</a> of America</p>`,
    expect: [['Digital Replicas', 'digital-replica'], ['SAG-AFTRA', 'sag-aftra'], ['Writers Guild of America', 'wga']],
    traps: [],
  },
  {
    name: 'soft hyphens inside names (hyphenating news sites)',
    html: `<p>The Writers Guild of Amer&shy;ica and Net&shy;flix, and <em>Ted Sa&shy;ran&shy;dos</em> of Netflix.</p>`,
    expect: [['Writers Guild of Amer\u00adica', 'wga'], ['Net\u00adflix', 'netflix'], ['Ted Sa\u00adran\u00addos', 'ted-sarandos'], ['Netflix', 'netflix']],
    traps: [],
  },
];
