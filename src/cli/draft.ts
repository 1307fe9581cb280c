// PLACEHOLDER: `deliberate draft`, built by its area.
import { UsageError, type CliCommand } from './io';

export const run: CliCommand = async () => {
  throw new UsageError('deliberate draft is not available yet');
};
