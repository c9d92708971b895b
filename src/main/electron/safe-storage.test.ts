import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EncryptedKeyStore } from '../services/youtube/key-store';
import { safeStorageEncryption } from './safe-storage';

const key = 'AIzaSyA-fake-key-for-tests-0123456789ab';

/** Stands in for Electron's safeStorage: reversible, but never the plain text. */
function fakeSafeStorage(available: boolean, backend: 'gnome_libsecret' | 'basic_text') {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
    decryptString: (data: Buffer) => Buffer.from([...data].map((b) => b ^ 0x5a)).toString(),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recap-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the desktop key store', () => {
  it('stores the key encrypted in the app data folder, never in plain text', async () => {
    const store = new EncryptedKeyStore(
      dir,
      safeStorageEncryption(fakeSafeStorage(true, 'gnome_libsecret'), 'linux'),
    );
    expect(store.cannotStoreReason()).toBeNull();
    await store.write(key);
    expect(await store.read()).toBe(key);
    for (const name of await readdir(dir)) {
      expect((await readFile(join(dir, name))).toString('latin1')).not.toContain(key);
    }
    await store.remove();
    expect(await store.read()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses with a clear message where the system cannot encrypt, and writes nothing', async () => {
    for (const storage of [
      fakeSafeStorage(false, 'gnome_libsecret'),
      fakeSafeStorage(true, 'basic_text'),
    ]) {
      const store = new EncryptedKeyStore(dir, safeStorageEncryption(storage, 'linux'));
      expect(store.cannotStoreReason()).toMatch(/keychain|keyring/);
      await expect(store.write(key)).rejects.toThrow(/will not store it|refuses/);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('accepts basic_text nowhere but names it only on Linux', () => {
    const store = safeStorageEncryption(fakeSafeStorage(true, 'basic_text'), 'darwin');
    expect(store.unavailableReason()).toBeNull();
  });
});
