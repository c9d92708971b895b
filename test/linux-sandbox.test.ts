import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxProblem, type SandboxFacts } from '../scripts/linux-sandbox.mjs';

const binary = '/home/ada/recap-studio/node_modules/electron/dist/electron';
const helperPath = '/home/ada/recap-studio/node_modules/electron/dist/chrome-sandbox';

/** A machine where user namespaces work and the helper is as npm leaves it (not setuid). */
function facts(overrides: Partial<SandboxFacts> = {}): SandboxFacts {
  return {
    binary,
    helper: { path: helperPath, uid: 1000, mode: 0o100755 },
    unprivilegedUsernsClone: null,
    maxUserNamespaces: '63704',
    apparmorRestrictsUserns: '0',
    apparmorProfileAllows: false,
    userNamespaceProbe: 'works',
    ...overrides,
  };
}

describe('sandboxProblem', () => {
  it('is nothing where user namespaces work', () => {
    expect(sandboxProblem(facts())).toBeNull();
  });

  it('is nothing where the helper is setuid root, whatever namespaces do', () => {
    const helper = { path: helperPath, uid: 0, mode: 0o104755 };
    expect(
      sandboxProblem(facts({ helper, apparmorRestrictsUserns: '1', userNamespaceProbe: 'fails' })),
    ).toBeNull();
  });

  it('explains Ubuntu 24.04, with both fixes, and never turns the sandbox off itself', () => {
    const problem = sandboxProblem(facts({ apparmorRestrictsUserns: '1' })) ?? '';
    expect(problem).toContain('AppArmor blocks unprivileged user namespaces');
    expect(problem).toContain(`sudo chown root:root '${helperPath}'`);
    expect(problem).toContain(`sudo chmod 4755 '${helperPath}'`);
    expect(problem).toContain('sudo apparmor_parser -r /etc/apparmor.d/recap-studio-electron');
    expect(problem).toContain(binary);
    expect(problem).toContain('--no-sandbox');
  });

  it('accepts an AppArmor profile that already lets this Electron use namespaces', () => {
    expect(
      sandboxProblem(facts({ apparmorRestrictsUserns: '1', apparmorProfileAllows: true })),
    ).toBeNull();
  });

  it("explains Debian's switch, a zero namespace limit and a container that forbids them", () => {
    expect(sandboxProblem(facts({ unprivilegedUsernsClone: '0' }))).toContain(
      'sudo sysctl -w kernel.unprivileged_userns_clone=1',
    );
    expect(sandboxProblem(facts({ maxUserNamespaces: '0' }))).toContain(
      'user.max_user_namespaces=0',
    );
    expect(sandboxProblem(facts({ userNamespaceProbe: 'fails' }))).toContain(
      '`unshare --user` fails',
    );
  });

  it('names a missing helper as missing', () => {
    const helper = { path: helperPath, uid: null, mode: null };
    expect(sandboxProblem(facts({ helper, unprivilegedUsernsClone: '0' }))).toContain(
      `sandbox helper is missing (${helperPath})`,
    );
  });
});

describe('npm start on a machine whose sandbox cannot start', () => {
  it('is checked before Electron runs, unless the user typed --no-sandbox', async () => {
    const start = await import('node:fs/promises').then((fs) =>
      fs.readFile(resolve(import.meta.dirname, '..', 'scripts', 'start.mjs'), 'utf8'),
    );
    const check = start.indexOf('sandboxProblem(readSandboxFacts(binary))');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(start.indexOf('run(binary,'));
    expect(start).toContain("!args.includes('--no-sandbox')");
    // Nothing adds the switch on the user's behalf.
    expect(start.match(/'--no-sandbox'/g)).toHaveLength(1);
  });

  it('reads the real machine without failing', async () => {
    const { readSandboxFacts } = await import('../scripts/linux-sandbox.mjs');
    const read = readSandboxFacts('/nonexistent/electron');
    expect(read.helper).toEqual({ path: '/nonexistent/chrome-sandbox', uid: null, mode: null });
    expect(['works', 'fails', null]).toContain(read.userNamespaceProbe);
  });
});
