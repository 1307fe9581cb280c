import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/**
 * Agents in the real extension host. lm.registerTool / lm.invokeTool (1.95+) and the chat
 * participant API are feature-detected by the product; where this host lacks one, the part
 * that needs it is skipped with the reason, and the rest still runs.
 */
type LmWithTools = {
  tools?: readonly { name: string }[];
  invokeTool?: (
    name: string,
    options: { input: unknown; toolInvocationToken: undefined }
  ) => Thenable<{
    content: { value?: string }[];
  }>;
};

describe('agents: language model tools and @deliberate', () => {
  before(async () => {
    await vscode.extensions.getExtension('deliberate.deliberate')!.activate();
  });

  it('registers the read-only tools, and invokeTool answers from the journal', async function () {
    const lm = (vscode as unknown as { lm?: LmWithTools }).lm;
    if (!lm?.invokeTool || !lm.tools) {
      this.skip(); // this host has no language model tools API (VS Code < 1.95)
      return;
    }
    const names = lm.tools.map((t) => t.name);
    for (const name of ['deliberate_list_people', 'deliberate_get_person', 'deliberate_follow_ups_due']) {
      assert.ok(names.includes(name), `${name} is registered`);
    }
    const listed = await lm.invokeTool('deliberate_list_people', {
      input: { limit: 500 },
      toolInvocationToken: undefined
    });
    const list = JSON.parse(listed.content.map((c) => c.value ?? '').join('')) as {
      people: { name: string; id: string | null }[];
      total: number;
    };
    assert.ok(list.total > 0, 'the fixture journal has people');
    const first = list.people[0];
    const got = await lm.invokeTool('deliberate_get_person', {
      input: { person: first.id ?? first.name },
      toolInvocationToken: undefined
    });
    const person = JSON.parse(got.content.map((c) => c.value ?? '').join('')) as { person: { name: string } };
    assert.equal(person.person.name, first.name);
    await assert.rejects(
      Promise.resolve(lm.invokeTool('deliberate_get_person', { input: { person: '' }, toolInvocationToken: undefined }))
    );
  });

  it('declares the chat participant; the host has a chat API or the part is skipped', function () {
    const manifest = vscode.extensions.getExtension('deliberate.deliberate')!.packageJSON as {
      contributes: { chatParticipants: { id: string; name: string }[] };
    };
    assert.deepEqual(
      manifest.contributes.chatParticipants.map((p) => [p.id, p.name]),
      [['deliberate.assistant', 'deliberate']]
    );
    if (
      typeof (vscode as unknown as { chat?: { createChatParticipant?: unknown } }).chat?.createChatParticipant !==
      'function'
    ) {
      this.skip(); // no chat API in this host
    }
  });
});
