// PLACEHOLDER: `deliberate fmt`, built by its area.
import { UsageError, type CliCommand } from './io';

export const run: CliCommand = async () => {
  throw new UsageError('deliberate fmt is not available yet');
};
