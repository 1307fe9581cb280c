import type { Services } from '../services';
import { registerChatParticipant } from './participant';
import { registerLanguageModelTools } from './tools';
import { registerMcpProvider } from './mcpProvider';

/**
 * Deliberate where agents work: the @deliberate chat participant, language model tools and the
 * MCP server definition. Each is feature-detected; on a host without the API nothing is
 * registered and nothing is said (no errors, no empty views).
 */
export function registerAgents(services: Services): void {
  for (const register of [registerChatParticipant, registerLanguageModelTools, registerMcpProvider]) {
    try {
      services.context.subscriptions.push(...register(services));
    } catch (error) {
      services.log.warn(`Agents: ${register.name} is not available on this host`, error);
    }
  }
}
