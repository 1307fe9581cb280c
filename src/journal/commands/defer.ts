import * as vscode from 'vscode';
import { addDays } from '../../core/journal';
import { localIsoDate } from '../../core/types';
import type { Services } from '../../services';
import { validateDateInput } from '../../journal/commandSupport';
import { decide } from '../../journal/decide';
import { deferDays } from '../../journal/deferDays';

/** deliberate.defer [personId] [followUp]: record `status: deferred` with a follow-up date (asked, default +deliberate.deferDays days). */
export function registerDefer(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.defer', (arg?: unknown, followUp?: unknown) =>
    decide(services, arg, 'deferred', async (name) => {
      if (typeof followUp === 'string' && !validateDateInput(followUp)) return { followUp };
      const suggested = addDays(localIsoDate(), deferDays());
      const date = await vscode.window.showInputBox({
        title: `Defer ${name}`,
        prompt: 'Follow up on (YYYY-MM-DD)',
        value: suggested,
        valueSelection: [0, suggested.length],
        validateInput: validateDateInput,
        ignoreFocusOut: true
      });
      return date === undefined ? undefined : { followUp: date.trim() };
    })
  );
}
