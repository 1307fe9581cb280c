/**
 * Who to show after a decision made in the person panel: the next undecided person after the
 * decided one in the list's order (newest first), else the one before, so the panel and the
 * sidebar move the same way for all three decisions. Pure.
 */
export interface OrderedPerson {
  id: string;
  status: string;
}

export function nextUndecided(items: readonly OrderedPerson[], decidedId: string): string | undefined {
  const at = items.findIndex((item) => item.id === decidedId);
  const isCandidate = (item: OrderedPerson) => item.status === 'new' && item.id !== decidedId;
  for (let i = at + 1; i < items.length; i++) if (isCandidate(items[i])) return items[i].id;
  for (let i = Math.max(at, items.length) - 1; i >= 0; i--) if (isCandidate(items[i])) return items[i].id;
  return undefined;
}
