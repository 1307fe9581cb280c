/**
 * Reading the "Developer: Show Running Extensions" rows. That editor renders
 * `codeLoadingTime + activateCallTime` as "Startup Activation: Nms" (or "Activation: Nms" for a
 * later activation) and "Activating..." before the host has reported the times.
 */
export interface RunningRow {
  /** The row's name: the manifest's displayName, else the extension id. */
  name: string;
  activation: string;
}

const ACTIVATION_TEXT = /^(?:Startup )?Activation: (\d+)ms$/;

/** The activation time of the first row named any of `names`, or undefined while it has none. */
export function activationMs(rows: readonly RunningRow[], names: readonly string[]): number | undefined {
  const row = rows.find((r) => names.includes(r.name));
  const match = row && ACTIVATION_TEXT.exec(row.activation);
  return match ? Number(match[1]) : undefined;
}

/**
 * One run's ratio. VS Code counts whole milliseconds, and an empty extension often takes 0 ms;
 * dividing by the floor instead keeps the ratio finite and never makes it smaller than it is.
 */
export function activationRatio(oursMs: number, baselineMs: number, floorMs: number): number {
  return oursMs / Math.max(baselineMs, floorMs);
}
