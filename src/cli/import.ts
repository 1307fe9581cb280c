// PLACEHOLDER: `deliberate import`, built by its area.
import { UsageError, type CliCommand } from './io';

export const run: CliCommand = async () => {
  throw new UsageError('deliberate import is not available yet');
};
