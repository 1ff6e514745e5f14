// Shared by scripts/stress.ts (figures) and tests/e2e/stress.e2e.test.ts (bounded check).
import type { CDPSession } from 'playwright-core';

/** 10 text nodes per paragraph (text split by inline elements), ~50 characters each. */
export function makePage(nodes: number): { html: string; chars: number } {
  const filler = ['the negotiators met again on Tuesday evening and ', 'talks about residuals went on late into the night ', 'a spokesperson declined to comment on the matter '];
  const names = ['Netflix', 'the WGA', 'SAG-AFTRA', 'the Writers Guild of America', 'generative AI', 'the AMPTP', 'Disney'];
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stress</title></head><body><article>'];
  let chars = 0;
  for (let p = 0; p * 10 < nodes; p++) {
    let para = '<p>';
    for (let k = 0; k < 10; k++) {
      let text = filler[(p + k) % filler.length]!;
      if (k === 3 && p % 4 === 0) text = `and ${names[p % names.length]} said that `;
      chars += text.length;
      para += k % 2 ? `<b>${text}</b>` : text;
    }
    parts.push(`${para}</p>\n`);
  }
  parts.push('</article></body></html>');
  return { html: parts.join(''), chars };
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export async function heap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** Detached DOM nodes in a heap snapshot (nodes the document dropped that something still holds). */
export async function detachedNodes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const nameAt = fields.indexOf('name');
  const detAt = fields.indexOf('detachedness');
  let n = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const name = snap.strings[snap.nodes[i + nameAt]!] ?? '';
    if (detAt >= 0 ? snap.nodes[i + detAt] === 2 && /^(HTML|Text|Detached|<)/.test(name) : name.startsWith('Detached ')) n++;
  }
  return n;
}

