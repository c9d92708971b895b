// Before `npm start` runs Electron on Linux: is Chromium's sandbox able to
// start? Electron needs either its SUID helper (`chrome-sandbox`, owned by
// root with mode 4755) or unprivileged user namespaces. Without both it
// aborts with a terse FATAL line; this says why in plain words, with the fix.
// The sandbox is never turned off here: `--no-sandbox` only when the user
// types it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the machine says about the two ways Chromium's sandbox can work. */
export function readSandboxFacts(binary) {
  const helperPath = join(dirname(binary), 'chrome-sandbox');
  const helper = (() => {
    try {
      const info = statSync(helperPath);
      return { path: helperPath, uid: info.uid, mode: info.mode };
    } catch {
      return { path: helperPath, uid: null, mode: null };
    }
  })();
  const sysctl = (name) => {
    try {
      return readFileSync(`/proc/sys/${name.replaceAll('.', '/')}`, 'utf8').trim();
    } catch {
      return null;
    }
  };
  return {
    binary,
    helper,
    unprivilegedUsernsClone: sysctl('kernel.unprivileged_userns_clone'),
    maxUserNamespaces: sysctl('user.max_user_namespaces'),
    apparmorRestrictsUserns: sysctl('kernel.apparmor_restrict_unprivileged_userns'),
    apparmorProfileAllows: apparmorProfileNames(binary),
    userNamespaceProbe: probeUserNamespace(),
  };
}

/**
 * Whether this user can create a user namespace right now (a container's
 * seccomp filter can forbid it whatever the sysctls say): 'works', 'fails',
 * or null when `unshare` is not installed to ask.
 */
function probeUserNamespace() {
  const result = spawnSync('unshare', ['--user', '--map-root-user', 'true'], {
    stdio: 'ignore',
    timeout: 5_000,
  });
  if (result.error) return null;
  return result.status === 0 ? 'works' : 'fails';
}

/** Whether an AppArmor profile in /etc/apparmor.d names this binary (one that grants `userns`). */
function apparmorProfileNames(binary) {
  try {
    return readdirSync('/etc/apparmor.d', { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .some((entry) => {
        const text = readFileSync(join('/etc/apparmor.d', entry.name), 'utf8');
        return text.includes(binary) && /\buserns\b/.test(text);
      });
  } catch {
    return false;
  }
}

const setuidBit = 0o4000;

/**
 * Null when the sandbox can start; otherwise what to tell the user. `facts`
 * as readSandboxFacts gives them.
 */
export function sandboxProblem(facts) {
  const { helper } = facts;
  const helperReady = helper.uid === 0 && helper.mode !== null && (helper.mode & setuidBit) !== 0;
  if (helperReady) return null;
  const usernsBlockedBy = [];
  if (facts.unprivilegedUsernsClone === '0') usernsBlockedBy.push('debian');
  if (facts.maxUserNamespaces === '0') usernsBlockedBy.push('max');
  if (facts.apparmorRestrictsUserns === '1' && !facts.apparmorProfileAllows)
    usernsBlockedBy.push('apparmor');
  if (usernsBlockedBy.length === 0 && facts.userNamespaceProbe === 'fails')
    usernsBlockedBy.push('probe');
  if (usernsBlockedBy.length === 0) return null;

  const lines = [
    "Recap Studio cannot start Electron here: Chromium's sandbox, which keeps",
    'web pages away from your files, cannot be set up on this machine.',
    '',
    helper.uid === null
      ? `Electron's sandbox helper is missing (${helper.path}),`
      : `Electron's sandbox helper (${helper.path}) is not owned by root with mode 4755,`,
  ];
  if (usernsBlockedBy.includes('apparmor'))
    lines.push(
      'and AppArmor blocks unprivileged user namespaces (as Ubuntu 24.04 does by default).',
    );
  else if (usernsBlockedBy.includes('debian'))
    lines.push(
      'and unprivileged user namespaces are turned off (kernel.unprivileged_userns_clone=0).',
    );
  else if (usernsBlockedBy.includes('max'))
    lines.push('and user namespaces are turned off (user.max_user_namespaces=0).');
  else
    lines.push(
      'and this user cannot create user namespaces (`unshare --user` fails; a container may forbid it).',
    );
  lines.push(
    '',
    'Fix it once, either way:',
    '  1. Make the helper setuid root:',
    `       sudo chown root:root '${helper.path}'`,
    `       sudo chmod 4755 '${helper.path}'`,
  );
  if (usernsBlockedBy.includes('apparmor'))
    lines.push(
      '  2. Or let this Electron use user namespaces with an AppArmor profile:',
      `       printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile recap-studio-electron "%s" flags=(unconfined) {\\n  userns,\\n}\\n' '${facts.binary}' | sudo tee /etc/apparmor.d/recap-studio-electron`,
      '       sudo apparmor_parser -r /etc/apparmor.d/recap-studio-electron',
    );
  else if (usernsBlockedBy.includes('debian'))
    lines.push('  2. Or allow them: sudo sysctl -w kernel.unprivileged_userns_clone=1');
  else if (usernsBlockedBy.includes('max'))
    lines.push('  2. Or allow them: sudo sysctl -w user.max_user_namespaces=15000');
  else lines.push('  2. Or, in a container, allow user namespaces in its security profile.');
  lines.push(
    '',
    'Then run npm start again. (Running without the sandbox is possible with',
    '`npm start -- --no-sandbox`, but then a page that misbehaves is not contained.)',
  );
  return lines.join('\n');
}
