/**
 * The person panels: one reusable preview panel that follows the sidebar's selection, plus any
 * panels the user pinned to a person. Pinning the preview keeps it on its person and the next
 * Open creates a new preview; unpinning lets a panel follow the selection again (it becomes the
 * preview when there is none). A following panel never shows anyone but the selected person.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { PersonPanel, type PanelPeople } from './panel';

export class PersonPanelHost implements vscode.Disposable {
  static readonly viewType = 'deliberate.person';
  private preview: PersonPanel | undefined;
  private readonly panels = new Set<PersonPanel>();

  constructor(
    private readonly services: Services,
    readonly people: PanelPeople
  ) {}

  /** For tests and the walkthrough: whom the following (preview) panel shows, if it exists. */
  shownId(): string | undefined {
    return this.preview?.shownId();
  }

  /** For tests: every open panel, whom it shows and whether it is pinned. */
  openPanels(): { shownId: string | undefined; pinned: boolean; title: string }[] {
    return [...this.panels].map((p) => ({ shownId: p.shownId(), pinned: p.pinned, title: p.panel.title }));
  }

  /** Shows the preview panel for a person (selecting them in the list too), or for the current selection. */
  open(id?: string): void {
    if (id !== undefined && id !== this.people.selected()?.id) this.people.select(id);
    if (this.preview) {
      this.preview.panel.reveal(undefined, false);
      this.preview.pushShow();
      return;
    }
    const { extensionUri } = this.services.context;
    const panel = vscode.window.createWebviewPanel(
      PersonPanelHost.viewType,
      'Deliberate',
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')]
      }
    );
    this.adopt(panel);
  }

  /** Takes over a new or restored panel. A restored following panel replaces the current preview. */
  adopt(panel: vscode.WebviewPanel, restoredState?: unknown): void {
    const person = new PersonPanel(
      this.services,
      this.people,
      panel,
      restoredState,
      (p) => this.onPinChange(p),
      (p) => this.forget(p)
    );
    this.panels.add(person);
    if (!person.pinned) {
      const previous = this.preview;
      this.preview = person;
      previous?.dispose();
    }
    this.updateSidebar();
  }

  /** Toggles pin on the active person panel (the editor title button), else on the preview. */
  togglePinActive(): void {
    const target = [...this.panels].find((p) => p.panel.active) ?? this.preview;
    if (!target) {
      void vscode.window.showInformationMessage('Open a person first (Deliberate: Open Person), then pin their panel.');
      return;
    }
    target.setPinned(!target.pinned);
  }

  private onPinChange(panel: PersonPanel): void {
    if (panel.pinned && this.preview === panel) this.preview = undefined;
    // An unpinned panel follows the selection again; it is the one Open reuses if there is none.
    if (!panel.pinned && !this.preview) this.preview = panel;
    this.updateSidebar();
  }

  private forget(panel: PersonPanel): void {
    this.panels.delete(panel);
    if (this.preview === panel) this.preview = [...this.panels].find((p) => !p.pinned);
    this.updateSidebar();
  }

  /** The sidebar shows its compact summary while a panel follows the selection. */
  private updateSidebar(): void {
    this.people.setPersonPanelOpen(this.preview !== undefined);
  }

  dispose(): void {
    for (const panel of [...this.panels]) panel.dispose();
  }
}
