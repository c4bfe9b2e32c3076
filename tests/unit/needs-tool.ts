import fs from 'node:fs';
import path from 'node:path';

/**
 * Tests that need something this machine may lack: a program (pdftotext), a font file (Noto CJK),
 * a kernel facility. Where CI is set (CI=true), a missing one fails: .ci/run installs every such
 * tool, so a skip there would be a green run that checked nothing. Elsewhere the test is skipped
 * and says once why, naming the apt package that brings the tool.
 */

const warned = new Set<string>();

/** True where this run is CI's: `CI=true` (or any value but empty, 0 and false). */
export function inCi(): boolean {
  const value = (process.env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/**
 * For `it.skipIf(toolMissing(…))`: false where the tool is there; where it is missing, true (and
 * a printed reason) outside CI, and in CI an error, so the test file fails naming the tool and the
 * apt package to install.
 */
export function toolMissing(tool: string, present: boolean, aptPackage: string): boolean {
  if (present) return false;
  const message = `${tool} is missing: apt-get install ${aptPackage}`;
  if (inCi()) throw new Error(`${message} (CI=true: a test that needs it fails instead of being skipped; .ci/run should install it)`);
  warnOnce(`skipped: ${message}`);
  return true;
}

/**
 * For `it.skipIf(skipping(…))` where the reason is not a missing tool (running as root, another
 * platform): it stays a skip in CI too, but says why.
 */
export function skipping(condition: boolean, reason: string): boolean {
  if (condition) warnOnce(`skipped: ${reason}`);
  return condition;
}

/** True where `command` is an executable file on PATH. */
export function hasCommand(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
