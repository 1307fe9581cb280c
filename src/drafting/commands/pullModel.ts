/**
 * deliberate.pullModel(model?): streams `/api/pull` into a cancellable progress notification.
 * The percentage covers every layer by size, and never moves backwards.
 */
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { normaliseHost } from '../../core/llm/host';
import { pullModel } from '../../node/llm/models';
import { LlmError } from '../../core/llm/errors';
import { configuredModel, openOllamaSettings, rawHostSetting, updateModelSetting } from '../../drafting/config';

export async function pullWithProgress(services: Services, model: string): Promise<boolean> {
  let host: string;
  try {
    host = normaliseHost(rawHostSetting());
  } catch (error) {
    void vscode.window
      .showErrorMessage(error instanceof Error ? error.message : String(error), 'Open Settings')
      .then((c) => c && openOllamaSettings());
    return false;
  }
  try {
    const pulled = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Pulling ${model}`, cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        let shown = 0;
        try {
          return await pullModel(
            host,
            model,
            (update) => {
              const increment = update.percent !== undefined ? Math.max(0, update.percent - shown) : 0;
              if (update.percent !== undefined) shown = Math.max(shown, update.percent);
              progress.report({
                increment,
                message: update.percent !== undefined ? `${update.status} — ${shown}%` : update.status
              });
            },
            { signal: controller.signal }
          );
        } finally {
          subscription.dispose();
        }
      }
    );
    if (!pulled) {
      services.log.info(`Pull of ${model} cancelled`);
      return false;
    }
    services.log.info(`Pulled ${model}`);
    if (model !== configuredModel()) {
      const use = `Use ${model}`;
      if ((await vscode.window.showInformationMessage(`${model} is installed.`, use)) === use) {
        await updateModelSetting(model);
      }
    } else {
      vscode.window.setStatusBarMessage(`$(check) ${model} is installed`, 4000);
    }
    return true;
  } catch (error) {
    const message =
      error instanceof LlmError
        ? error.message
        : `Couldn't pull ${model}: ${error instanceof Error ? error.message : String(error)}`;
    services.log.error(message);
    const choice = await vscode.window.showErrorMessage(message, 'Retry', 'Open Settings');
    if (choice === 'Retry') return pullWithProgress(services, model);
    if (choice === 'Open Settings') await openOllamaSettings();
    return false;
  }
}

export function registerPullModel(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.pullModel', async (modelArg?: unknown) => {
    let model = typeof modelArg === 'string' ? modelArg.trim() : '';
    if (!model) {
      model =
        (
          await vscode.window.showInputBox({
            title: 'Deliberate: Pull Ollama Model',
            prompt: 'Model name from ollama.com/library, e.g. llama3.2 or qwen2.5:7b',
            value: configuredModel(),
            validateInput: (value) =>
              /^[\w.\-/:]+$/.test(value.trim()) ? undefined : 'Use a model name like llama3.2 or qwen2.5:7b'
          })
        )?.trim() ?? '';
    }
    if (!model) return false;
    return pullWithProgress(services, model);
  });
}
