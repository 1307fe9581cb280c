import * as vscode from 'vscode';

/** Puts the cursor on `line` and scrolls it to the top of the editor. */
export function revealLine(editor: vscode.TextEditor, line: number): void {
  const at = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
}
