import type { SafeStorage } from 'electron';
import type { KeyEncryption } from '../services/youtube/key-store';

/**
 * The system keychain through Electron's `safeStorage`. On Linux without a
 * keyring, Electron falls back to `basic_text`, a key known to every
 * Chromium: that is plain text in all but name, so it counts as unavailable.
 */
export function safeStorageEncryption(
  storage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
  >,
  platform: NodeJS.Platform = process.platform,
): KeyEncryption {
  return {
    unavailableReason() {
      if (!storage.isEncryptionAvailable()) {
        return 'This system offers no keychain to encrypt the YouTube key with, so Recap Studio will not store it. Set YOUTUBE_API_KEY and use the command line or the web mode, or look videos up without a key.';
      }
      if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') {
        return 'No keyring (GNOME Keyring or KWallet) is running, so the YouTube key could only be stored in plain text, which Recap Studio refuses. Start a keyring and restart Recap Studio, or look videos up without a key.';
      }
      return null;
    },
    encrypt: (text) => storage.encryptString(text),
    decrypt: (data) => storage.decryptString(Buffer.from(data)),
  };
}
