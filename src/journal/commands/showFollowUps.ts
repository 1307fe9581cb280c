import * as vscode from 'vscode';
import { dueFollowUps, type JournalEntry } from '../../core/journal';
import { localIsoDate } from '../../core/types';
import type { Services } from '../../services';
import { runReporting } from '../../journal/commandSupport';
import { JournalStoreImpl } from '../../journal/store';

interface DueItem extends vscode.QuickPickItem {
  entry: JournalEntry;
}

/** deliberate.showFollowUps: a quick pick of entries due today or earlier; picking one reveals it. */
export function registerShowFollowUps(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.showFollowUps', () =>
    runReporting(services, 'Show follow-ups', async () => {
      const store = services.journal;
      if (!(store instanceof JournalStoreImpl)) return;
      const today = localIsoDate();
      const due = dueFollowUps(await store.journal(), today);
      if (due.length === 0) {
        void vscode.window.showInformationMessage(`Deliberate: no follow-ups are due (as of ${today}).`);
        return;
      }
      const items: DueItem[] = due.map((entry) => ({
        label: entry.name || '(unnamed)',
        description: `follow up ${entry.followUp}${entry.followUp! < today ? ' (overdue)' : ''}`,
        detail: [
          entry.status,
          entry.log.length
            ? `last: ${entry.log[entry.log.length - 1].date} ${entry.log[entry.log.length - 1].text}`
            : 'no actions logged yet'
        ]
          .filter(Boolean)
          .join(' · '),
        entry
      }));
      const picked = await vscode.window.showQuickPick(items, {
        title: `Follow-ups due (${due.length})`,
        placeHolder: 'Pick a person to open their entry',
        matchOnDescription: true
      });
      if (!picked) return;
      const editor = await store.open(picked.entry.id ? { revealId: picked.entry.id } : {});
      if (editor && !picked.entry.id) {
        const at = new vscode.Position(picked.entry.headingLine, 0);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      }
    })
  );
}

/** One non-modal notice after startup when follow-ups are due; never blocks activation. */
export function scheduleFollowUpNotice(services: Services, delayMs = 8000): vscode.Disposable {
  const timer = setTimeout(() => {
    void (async () => {
      const store = services.journal;
      if (!(store instanceof JournalStoreImpl) || !store.uri()) return;
      const count = dueFollowUps(await store.journal(), localIsoDate()).length;
      if (count === 0) return;
      const choice = await vscode.window.showInformationMessage(
        `Deliberate: ${count} follow-up${count === 1 ? ' is' : 's are'} due.`,
        'Show Follow-ups'
      );
      if (choice) await vscode.commands.executeCommand('deliberate.showFollowUps');
    })().catch((error) =>
      services.log.warn(`Follow-up notice skipped: ${error instanceof Error ? error.message : String(error)}`)
    );
  }, delayMs);
  return { dispose: () => clearTimeout(timer) };
}
