import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});

const settingsSchema = z.object({
  recentFolders: z.array(z.string()).max(10).default([]),
  defaultAuthor: z.string().nullable().default(null),
  window: windowStateSchema.nullable().default(null),
});

export type WindowState = z.infer<typeof windowStateSchema>;
export type SettingsData = z.infer<typeof settingsSchema>;

const maxRecentFolders = 10;

/** The app's own preferences, kept as JSON in the app data folder. */
export class Settings {
  private data: SettingsData = settingsSchema.parse({});
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  /** Reads the file; a missing or damaged one starts from defaults rather than failing the app. */
  async init(): Promise<void> {
    const text = await readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(text));
      if (parsed.success) this.data = parsed.data;
    } catch {
      // Damaged JSON: keep defaults; the next save replaces it.
    }
  }

  get values(): Readonly<SettingsData> {
    return this.data;
  }

  /** The folder opened last, if any. */
  get lastFolder(): string | null {
    return this.data.recentFolders[0] ?? null;
  }

  async recordOpened(folder: string): Promise<void> {
    const recent = [folder, ...this.data.recentFolders.filter((f) => f !== folder)].slice(
      0,
      maxRecentFolders,
    );
    await this.update({ recentFolders: recent });
  }

  async update(changes: Partial<SettingsData>): Promise<void> {
    this.data = settingsSchema.parse({ ...this.data, ...changes });
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(
      this.file,
      new TextEncoder().encode(JSON.stringify(this.data, null, 2) + '\n'),
    );
  }
}
