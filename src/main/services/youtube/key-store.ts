/**
 * Where the YouTube API key lives. The key stays in main: services read it
 * to call YouTube, and the renderer learns only whether one is set.
 */
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write';

export interface ApiKeyStore {
  readonly source: 'preferences' | 'environment';
  /** Null when a key can be stored here; otherwise why not, in words. */
  cannotStoreReason(): string | null;
  read(): Promise<string | null>;
  /** Throws `KeyStoreError` with the reason when keys cannot be stored here. */
  write(key: string): Promise<void>;
  remove(): Promise<void>;
}

export class KeyStoreError extends Error {
  override name = 'KeyStoreError';
}

/** The CLI and the web mode: YOUTUBE_API_KEY, set where the program starts. */
export class EnvironmentKeyStore implements ApiKeyStore {
  readonly source = 'environment';

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  cannotStoreReason(): string {
    return 'Here the key comes from the YOUTUBE_API_KEY environment variable: set it where you start Recap Studio, then restart it.';
  }

  async read(): Promise<string | null> {
    return this.env['YOUTUBE_API_KEY']?.trim() || null;
  }

  async write(): Promise<void> {
    throw new KeyStoreError(this.cannotStoreReason());
  }

  async remove(): Promise<void> {
    throw new KeyStoreError(this.cannotStoreReason());
  }
}

/**
 * Encrypts with the operating system's keychain (Electron `safeStorage` in
 * the desktop app). `unavailableReason` is null when it can.
 */
export interface KeyEncryption {
  unavailableReason(): string | null;
  encrypt(text: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

/**
 * The desktop app: the key encrypted by the system in the app's data folder,
 * never written in plain text. Where the system cannot encrypt, storing is
 * refused with its reason.
 */
export class EncryptedKeyStore implements ApiKeyStore {
  readonly source = 'preferences';
  private readonly file: string;

  constructor(
    private readonly dataDir: string,
    private readonly encryption: KeyEncryption,
  ) {
    this.file = join(dataDir, 'youtube-key.bin');
  }

  cannotStoreReason(): string | null {
    return this.encryption.unavailableReason();
  }

  async read(): Promise<string | null> {
    if (this.encryption.unavailableReason() !== null) return null;
    const data = await readFile(this.file).catch(() => null);
    if (data === null) return null;
    try {
      return this.encryption.decrypt(data) || null;
    } catch {
      // Encrypted under another user or keychain: as good as no key.
      return null;
    }
  }

  async write(key: string): Promise<void> {
    const reason = this.encryption.unavailableReason();
    if (reason !== null) throw new KeyStoreError(reason);
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, this.encryption.encrypt(key));
  }

  async remove(): Promise<void> {
    await unlink(this.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
