/**
 * deliberate.selectModel: a quick pick of installed models (size, family, quantization), with
 * free text when none are installed or Ollama does not answer, and a way to pull one.
 */
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { normaliseHost } from '../../core/llm/host';
import { formatBytes, listModels, sameModel, type ModelInfo } from '../../node/llm/models';
import { configuredModel, rawHostSetting, updateModelSetting } from '../../drafting/config';

interface ModelItem extends vscode.QuickPickItem {
  model?: string;
  action?: 'pull' | 'type';
}

export function modelItems(models: readonly ModelInfo[], current: string): ModelItem[] {
  const items: ModelItem[] = models.map((model) => ({
    label: `${sameModel(model.name, current) ? '$(check) ' : ''}${model.name}`,
    description: [model.parameterSize, model.family, model.quantization].filter(Boolean).join(' · '),
    detail: formatBytes(model.sizeBytes) || undefined,
    model: model.name
  }));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: '$(edit) Type a model name…', action: 'type' });
  items.push({ label: '$(cloud-download) Pull a model…', action: 'pull' });
  return items;
}

async function typeModel(prompt: string): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title: 'Deliberate: Select Ollama Model',
    prompt,
    value: configuredModel(),
    validateInput: (value) => (value.trim() ? undefined : 'Enter a model name, e.g. llama3.2')
  });
  return typed?.trim() || undefined;
}

export function registerSelectModel(services: Services, afterChange: () => void): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.selectModel', async () => {
    const current = configuredModel();
    let models: ModelInfo[] = [];
    let problem: string | undefined;
    try {
      models = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Asking Ollama for models…' },
        () => listModels(normaliseHost(rawHostSetting()), { timeoutMs: 5000 })
      );
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      services.log.warn(`Listing models failed: ${problem}`);
    }
    let chosen: string | undefined;
    if (models.length === 0) {
      chosen = await typeModel(
        problem
          ? `${problem} Type a model name to use anyway:`
          : 'No models are installed yet. Type a model name (then pull it), e.g. llama3.2:'
      );
    } else {
      const picked = await vscode.window.showQuickPick(modelItems(models, current), {
        title: 'Deliberate: Select Ollama Model',
        placeHolder: `Current: ${current}`,
        matchOnDescription: true
      });
      if (!picked) return undefined;
      if (picked.action === 'pull') return vscode.commands.executeCommand('deliberate.pullModel');
      chosen = picked.action === 'type' ? await typeModel('Model name, e.g. llama3.2 or qwen2.5:7b') : picked.model;
    }
    if (!chosen) return undefined;
    await updateModelSetting(chosen);
    afterChange();
    if (models.length > 0 && !models.some((m) => sameModel(m.name, chosen!))) {
      const pull = 'Pull Model';
      if ((await vscode.window.showInformationMessage(`${chosen} isn't installed yet.`, pull)) === pull) {
        await vscode.commands.executeCommand('deliberate.pullModel', chosen);
      }
    }
    return chosen;
  });
}
