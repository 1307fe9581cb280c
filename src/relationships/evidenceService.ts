/**
 * The extension's view of `<journal>.evidence.tsv`: loaded when the journal is first needed and
 * again after an import or when the file's modification time changes. Reads are synchronous
 * (hover, sidebar detail) on the cached map; nothing here writes the journal.
 */
import * as vscode from 'vscode';
import { setting } from '../config/settings';
import { stat } from 'node:fs/promises';
import { computeWarmth, personInsight, type PersonEvidence, type PersonInsight, type Warmth } from '../core/evidence';
import { canonicalId } from '../core/journal/identity';
import { isValidIsoDate } from '../core/journal';
import type { JournalEntry } from '../core/journal';
import { localIsoDate } from '../core/types';
import { loadEvidence, evidencePath } from '../node/evidence';
import type { JournalStore } from '../services';

export interface EvidenceService extends vscode.Disposable {
  readonly onDidChange: vscode.Event<void>;
  /** Evidence per person key (empty until loaded, or when there is no evidence file). */
  people(): ReadonlyMap<string, PersonEvidence>;
  /** Warmth, last contact and cadence of a journal entry today (the person panel can call this). */
  insight(entry: JournalEntry, today?: string): PersonInsight;
  /** Warmth of a person as the sidebar knows them (id, link, decision, log), today. */
  warmthFor(person: { id: string; link?: string; decided?: string; log: readonly { date: string }[] }): Warmth;
  /** Re-reads the evidence file if it changed (call after an import). */
  refresh(): Promise<void>;
}

export function createEvidenceService(log: vscode.LogOutputChannel, journal: JournalStore): EvidenceService {
  const emitter = new vscode.EventEmitter<void>();
  let people: ReadonlyMap<string, PersonEvidence> = new Map();
  let loadedKey = '';
  let running: Promise<void> | undefined;

  const refresh = (): Promise<void> => {
    running ??= (async () => {
      const uri = journal.uri();
      if (!uri || uri.scheme !== 'file') return;
      const mtime = await stat(evidencePath(uri.fsPath)).then(
        (s) => s.mtimeMs,
        () => 0
      );
      const key = `${uri.fsPath}@${mtime}`;
      if (key === loadedKey) return;
      try {
        const loaded = await loadEvidence(uri.fsPath);
        if (loaded.badLines.length > 0) {
          log.warn(
            `evidence: ${loaded.path} lines ${loaded.badLines.slice(0, 5).join(', ')} could not be read and were left out`
          );
        }
        people = loaded.people;
        loadedKey = key;
        emitter.fire();
      } catch (error) {
        log.warn(`evidence: cannot read ${evidencePath(uri.fsPath)}: ${(error as Error).message}`);
      }
    })().finally(() => (running = undefined));
    return running;
  };

  const subscription = journal.onDidChange(() => void refresh());
  return {
    onDidChange: emitter.event,
    people: () => people,
    insight(entry, today = localIsoDate()) {
      const fallback = setting('cadence.default');
      return personInsight(entry, people, today, fallback);
    },
    warmthFor(person) {
      const found =
        people.get(canonicalId(person.id)) ?? (person.link ? people.get(canonicalId(person.link)) : undefined);
      const logDates = person.log.map((l) => l.date).filter(isValidIsoDate);
      const decided = person.decided && isValidIsoDate(person.decided) ? person.decided : undefined;
      return computeWarmth(found, localIsoDate(), { decided, logDates });
    },
    refresh,
    dispose() {
      subscription.dispose();
      emitter.dispose();
    }
  };
}
