import * as vscode from 'vscode';
import type { JournalStore, Services } from '../services';
import { registerAccept } from './commands/accept';
import { registerDecline } from './commands/decline';
import { registerDefer } from './commands/defer';
import { registerLogAction } from './commands/logAction';
import { registerOpenJournal } from './commands/openJournal';
import { registerOpenJournalPreview } from './commands/openJournalPreview';
import { registerShowFollowUps, scheduleFollowUpNotice } from './commands/showFollowUps';
import { JournalCodeLensProvider } from './codeLens';
import { JournalCompletionProvider } from './completion';
import { registerDiagnostics } from './diagnostics';
import { JournalHoverProvider } from './hover';
import { JournalFoldingProvider, JournalSymbolProvider } from './outline';
import { JournalDocuments } from './documentModel';
import { JournalStoreImpl } from './store';

export { JournalStoreImpl, JournalWriteError } from './store';
export { deferDays } from './deferDays';

const SELECTOR: vscode.DocumentSelector = { language: 'connections' };

/** The store does no I/O here: it loads on first use. */
export function createJournalStore(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): JournalStore {
  const store = new JournalStoreImpl(log, documentsOf(context));
  context.subscriptions.push(store);
  return store;
}

/** The one JournalDocuments per activation, owned by the context's subscriptions. */
export { documentsOf as journalDocuments };
const documentsByContext = new WeakMap<vscode.ExtensionContext, JournalDocuments>();
export function documentsOf(context: vscode.ExtensionContext): JournalDocuments {
  let documents = documentsByContext.get(context);
  if (!documents) {
    documents = new JournalDocuments();
    context.subscriptions.push(documents);
    documentsByContext.set(context, documents);
  }
  return documents;
}

/** Language features for `connections` documents, the journal commands and the follow-up notice. */
export function registerJournalFeatures(services: Services): void {
  const { context } = services;
  const documents = documentsOf(context);
  const codeLenses = new JournalCodeLensProvider(services.journal, documents);
  context.subscriptions.push(
    codeLenses,
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new JournalSymbolProvider(documents), {
      label: 'Deliberate'
    }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, new JournalFoldingProvider(documents)),
    vscode.languages.registerCodeLensProvider(SELECTOR, codeLenses),
    vscode.languages.registerHoverProvider(SELECTOR, new JournalHoverProvider(documents, services.evidence)),
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      new JournalCompletionProvider(documents),
      ':',
      ' ',
      '#',
      '-'
    ),
    registerAccept(services),
    registerDecline(services),
    registerDefer(services),
    registerLogAction(services),
    registerOpenJournal(services),
    registerOpenJournalPreview(services),
    registerShowFollowUps(services),
    scheduleFollowUpNotice(services)
  );
  registerDiagnostics(context, documents);
}
