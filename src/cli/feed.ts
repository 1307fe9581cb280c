// PLACEHOLDER: `deliberate feed`, built by its area.
import { UsageError, type CliCommand } from './io';

export const run: CliCommand = async () => {
  throw new UsageError('deliberate feed is not available yet');
};
