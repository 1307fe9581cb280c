/**
 * Demo data relative to the day the demo runs: the sample feed's dates move so its newest item is
 * this morning (a fresh burst), and a seeded journal gets someone deferred with a follow-up due
 * today and someone deferred until later. Pure text transforms, so they are unit-tested.
 */

const DAY_MS = 86_400_000;

/** Shifts every RSS `<pubDate>` so the newest lands `hoursAgo` hours before `now`. */
export function shiftFeedDates(rss: string, now: Date, hoursAgo = 2): string {
  const dates = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1])).filter(Number.isFinite);
  if (dates.length === 0) return rss;
  const offset = now.getTime() - hoursAgo * 3_600_000 - Math.max(...dates);
  return rss.replace(/<pubDate>([^<]+)<\/pubDate>/g, (whole, value: string) => {
    const time = Date.parse(value);
    return Number.isFinite(time) ? `<pubDate>${new Date(time + offset).toUTCString()}</pubDate>` : whole;
  });
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Shifts every YYYY-MM-DD in the journal by whole days so `anchor` becomes `today`, and adds two deferred people. */
export function seedJournal(journal: string, anchor: string, now: Date): string {
  const [y, m, d] = anchor.split('-').map(Number);
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((start.getTime() - new Date(y, m - 1, d).getTime()) / DAY_MS);
  const shift = (day: string) => {
    const [yy, mm, dd] = day.split('-').map(Number);
    return isoDay(new Date(yy, mm - 1, dd + days));
  };
  const shifted = journal.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => shift(day));
  const ago = (n: number) => isoDay(new Date(start.getTime() - n * DAY_MS));
  const ahead = (n: number) => isoDay(new Date(start.getTime() + n * DAY_MS));
  const eol = shifted.endsWith('\n') ? '' : '\n';
  return (
    shifted +
    eol +
    [
      '',
      '## Dana Whitfield',
      '- id: https://www.linkedin.com/in/dana-whitfield',
      '- status: deferred',
      '- via: Ana Lima',
      '- source: LinkedIn',
      `- seen: ${ago(16)}`,
      `- decided: ${ago(14)}`,
      `- follow-up: ${isoDay(start)}`,
      '',
      '## Ravi Menon',
      '- id: https://www.linkedin.com/in/ravi-menon',
      '- status: deferred',
      '- via: Jeff Wolfe',
      '- source: LinkedIn',
      `- seen: ${ago(3)}`,
      `- decided: ${ago(2)}`,
      `- follow-up: ${ahead(12)}`,
      ''
    ].join('\n')
  );
}
