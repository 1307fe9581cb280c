// PLACEHOLDER: `deliberate lint`, built by its area.
import { UsageError, type CliCommand } from './io';

export const run: CliCommand = async () => {
  throw new UsageError('deliberate lint is not available yet');
};
