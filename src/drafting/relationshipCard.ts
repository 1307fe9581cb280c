/**
 * The card for an extension draft when relationship facts exist: warmth and last contact from
 * the evidence file, shared connections from the network file, and the path for an introduction
 * request. Without those files (and for other kinds) there is no card and the draft prompt is
 * the one it always was. The journal is the open document's one parsed model.
 */
import * as vscode from 'vscode';
import { findEntryByKey } from '../core/journal';
import { localIsoDate } from '../core/types';
import type { DraftKind } from '../core/types';
import type { IntroPath } from '../core/network';
import { cardForEntry, type CardExtras } from '../core/grounding/fromJournal';
import { introductionExtras, relationshipExtras } from '../core/grounding/extras';
import type { PersonCard } from '../core/grounding/card';
import { loadRelationships } from '../node/drafting/relationships';
import { documentsOf } from '../journal';

export async function relationshipCard(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  journalUri: vscode.Uri | undefined,
  request: { personId: string; kind: DraftKind; profile: string; introduction?: IntroPath }
): Promise<PersonCard | undefined> {
  if (!journalUri || journalUri.scheme !== 'file') return undefined;
  const document = await vscode.workspace.openTextDocument(journalUri);
  const journal = documentsOf(context).parsed(document);
  const entry = findEntryByKey(journal, request.personId);
  if (!entry) return undefined;
  const loaded = await loadRelationships(journalUri.fsPath, { journalText: document.getText(), today: localIsoDate() });
  for (const warning of loaded.warnings) log.warn(`draft: ${warning}`);
  const extras: CardExtras = relationshipExtras(entry, loaded.sources);
  if (request.kind === 'intro' && request.introduction) Object.assign(extras, introductionExtras(request.introduction));
  if (Object.keys(extras).length === 0) return undefined;
  return cardForEntry(journal, entry, request.profile, extras);
}
