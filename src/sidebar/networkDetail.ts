/**
 * Questions 5 and 6 in the sidebar detail: after the detail is posted, the host loads the
 * person's network (cached by the network service) and posts it as its own `network` message,
 * so the detail never waits on the network file.
 */
import type { NetworkService } from '../network';
import type { HostMessageWire } from '../shared/protocol';

const clip = (text: string) => (text.length > 2_000 ? text.slice(0, 2_000) : text);

export async function postPersonNetwork(
  network: NetworkService,
  id: string,
  post: (message: HostMessageWire) => void
): Promise<void> {
  const summary = await network.personNetwork(id).catch(() => undefined);
  if (!summary) {
    post({ type: 'network', id, network: null });
    return;
  }
  post({
    type: 'network',
    id,
    network: {
      knownBy: summary.knownBy.map((row) => ({
        ...row,
        name: clip(row.name),
        company: row.company === null ? null : clip(row.company),
        source: clip(row.source)
      })),
      total: summary.total,
      paths: summary.paths.map((path) => ({
        ...path,
        path: path.path.map((step) => ({ id: step.id, name: clip(step.name) })),
        reasons: clip(path.reasons)
      })),
      warnings: summary.warnings.map(clip)
    }
  });
}
