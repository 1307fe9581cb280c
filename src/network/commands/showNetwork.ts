/** Deliberate: Show Network: the picture of the given person's network, else the selected or a picked one. */
import type { Services } from '../../services';
import { NetworkPanel } from '../panel';
import type { NetworkService } from '../service';

export async function showNetworkCommand(services: Services, network: NetworkService, id?: unknown): Promise<void> {
  const personId =
    typeof id === 'string' && id ? id : (await services.people.pick('Whose network should be drawn?'))?.id;
  if (!personId) return;
  NetworkPanel.show(services, network, personId);
}
