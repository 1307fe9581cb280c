// PLACEHOLDER: `deliberate due`, built by its area.
import { UsageError, type CliCommand } from './io';

export const run: CliCommand = async () => {
  throw new UsageError('deliberate due is not available yet');
};
