import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli';

/** Runs the CLI in-process with captured streams. */
export async function runCli(argv: string[], cwd: string, today = '2026-11-25') {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd,
    now: () => new Date(`${today}T12:00:00`)
  };
  const code = await main(argv, io);
  return { code, out, err };
}

export function connectionsCsv(prefix: string, count: number): string {
  const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < count; i++) {
    rows.push(
      `${prefix},Person${i},https://www.linkedin.com/in/${prefix.toLowerCase()}-${i},,Acme,Engineer,01 Mar 2026`
    );
  }
  return rows.join('\n') + '\n';
}
