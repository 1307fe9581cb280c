import { isValidIsoDate } from './dates';
import { lineText, type Journal, type JournalEntry, type JournalSection } from './model';

/**
 * Entries whose follow-up date is on or before `date` (YYYY-MM-DD), oldest first. Malformed
 * follow-up dates are left to lint rather than guessed at.
 */
export function dueFollowUps(journal: Journal, date: string): JournalEntry[] {
  const due = journal.entries.filter(
    (e) => e.followUp !== undefined && isValidIsoDate(e.followUp) && e.followUp <= date
  );
  return due.sort((a, b) =>
    a.followUp! < b.followUp! ? -1 : a.followUp! > b.followUp! ? 1 : a.headingLine - b.headingLine
  );
}

/** Answer text per 0-based question index (section body without surrounding blank lines). */
export function entryAnswers(journal: Journal, entry: JournalEntry): Record<number, string> {
  const answers: Record<number, string> = {};
  for (const section of entry.sections) {
    if (section.kind === 'question' && answers[section.questionIndex!] === undefined) {
      answers[section.questionIndex!] = sectionBody(journal, section);
    }
  }
  return answers;
}

/** The draft's text (inside its fence, else the section body). */
export function entryDraft(journal: Journal, entry: JournalEntry): string | undefined {
  const section = entry.sections.find((s) => s.kind === 'draft');
  if (!section) return undefined;
  const draft = entry.draft;
  if (draft && draft.openLine < section.endLine) {
    const end = draft.closeLine ?? section.endLine;
    const lines: string[] = [];
    for (let i = draft.openLine + 1; i < end; i++) lines.push(lineText(journal, i));
    return lines.join('\n');
  }
  return sectionBody(journal, section);
}

export function sectionBody(journal: Journal, section: JournalSection): string {
  let start = section.headingLine + 1;
  let end = section.endLine - 1;
  while (start <= end && lineText(journal, start).trim() === '') start++;
  while (end >= start && lineText(journal, end).trim() === '') end--;
  const lines: string[] = [];
  for (let i = start; i <= end; i++) lines.push(lineText(journal, i));
  return lines.join('\n');
}
