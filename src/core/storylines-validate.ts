// storylines.json's references: every topic, cycle, party, milestone and term names something the dataset has.
import type { Positions, Storylines, TimelineEvent } from './types';

export function storylineProblems(file: string, data: Storylines, known: { entities: ReadonlySet<string>; events: readonly TimelineEvent[]; positions: Positions }): string[] {
  const problems: string[] = [];
  const topics = new Set(known.positions.topics.map((t) => t.id));
  const cycles = new Set(known.positions.cycles.map((c) => c.id));
  const events = new Set(known.events.map((e) => e.id));
  for (const [entity, list] of Object.entries(data.terms)) {
    if (!known.entities.has(entity)) problems.push(`${file} › terms › ${entity}: unknown entity "${entity}"`);
    for (const t of list) if (!topics.has(t)) problems.push(`${file} › terms › ${entity}: unknown topic "${t}"`);
  }
  const ids = new Set<string>();
  data.storylines.forEach((s, i) => {
    const at = `${file} › storylines[${i}] (${s.id})`;
    if (ids.has(s.id)) problems.push(`${at}: duplicate id`);
    ids.add(s.id);
    if (s.cycle !== undefined && !cycles.has(s.cycle)) problems.push(`${at} › cycle: unknown cycle "${s.cycle}"`);
    if (s.from > s.to) problems.push(`${at} › to: ends (${s.to}) before it starts (${s.from})`);
    for (const t of s.topics) if (!topics.has(t)) problems.push(`${at} › topics: unknown topic "${t}"`);
    for (const p of s.parties) if (!known.entities.has(p)) problems.push(`${at} › parties: unknown entity "${p}"`);
    for (const m of s.milestones) if (!events.has(m)) problems.push(`${at} › milestones: unknown timeline event "${m}"`);
  });
  return problems;
}
