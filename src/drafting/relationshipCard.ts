/**
 * Relationship facts for an extension draft's card: warmth and last contact from the evidence
 * file, shared connections from the network file, and the path of an introduction request.
 * Without those files (and for a person not in the journal) there are none, and the card holds
 * the journal's facts only. The journal is the open document's one parsed model.
 */
import * as vscode from 'vscode';
import { findEntryByKey } from '../core/journal';
import { localIsoDate, type DraftKind } from '../core/types';
import type { IntroPath } from '../core/network';
import type { CardExtras } from '../core/grounding/fromJournal';
import { introductionExtras, relationshipExtras } from '../core/grounding/extras';
import { loadRelationships } from '../node/drafting/relationships';
import { journalDocuments } from '../journal';

export async function relationshipExtrasFor(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  journalUri: vscode.Uri | undefined,
  personId: string,
  kind: DraftKind,
  introduction: IntroPath | undefined
): Promise<CardExtras> {
  if (!journalUri || journalUri.scheme !== 'file') return {};
  const document = await vscode.workspace.openTextDocument(journalUri);
  const journal = journalDocuments(context).parsed(document);
  const entry = findEntryByKey(journal, personId);
  if (!entry) return {};
  const loaded = await loadRelationships(journalUri.fsPath, { journalText: document.getText(), today: localIsoDate() });
  for (const warning of loaded.warnings) log.warn(`draft: ${warning}`);
  const extras: CardExtras = relationshipExtras(entry, loaded.sources);
  if (kind === 'intro' && introduction) Object.assign(extras, introductionExtras(introduction));
  return extras;
}
