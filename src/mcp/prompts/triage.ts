import { nextToTriage, triagePromptText, waitingCount } from '../../core/agents';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolContext } from '../context';

/** `triage`: the next person with status new, quoted as data, and the eight questions to walk through. */
export function registerTriagePrompt(server: McpServer, { access }: ToolContext): void {
  server.registerPrompt(
    'triage',
    {
      title: 'Triage the next new connection',
      description: 'Walks through the next person with status new and the eight deliberation questions.'
    },
    async () => {
      const people = (await access.people()).index.people;
      return {
        messages: [
          {
            role: 'user',
            content: { type: 'text', text: triagePromptText(nextToTriage(people), waitingCount(people)) }
          }
        ]
      };
    }
  );
}
