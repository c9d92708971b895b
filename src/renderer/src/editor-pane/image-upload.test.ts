import { describe, expect, it } from 'vitest';
import type { StudioClient } from '../client';
import { imageUploader } from './image-upload';

describe('imageUploader', () => {
  it("sends the file's bytes as base64 to the post's bundle", async () => {
    const sent: unknown[] = [];
    const assets: Pick<StudioClient, 'assets'> = {
      assets: {
        list: () => Promise.resolve({ ok: true, data: [] }),
        add: (args) => {
          sent.push(args);
          return Promise.resolve({ ok: true, data: { name: 'pic-1.png', size: 3, isImage: true } });
        },
        setCover: () => Promise.resolve({ ok: false, error: { code: 'unsupported', message: '' } }),
      },
    };
    const upload = imageUploader(assets, 'blog/a/index.md');
    const file = new File([new Uint8Array([0, 255, 7])], 'pic.png');
    expect(await upload(file)).toEqual({ name: 'pic-1.png' });
    expect(sent).toEqual([{ post: 'blog/a/index.md', name: 'pic.png', data: 'AP8H' }]);
  });

  it('passes main’s refusal on in its words', async () => {
    const assets: Pick<StudioClient, 'assets'> = {
      assets: {
        list: () => Promise.resolve({ ok: true, data: [] }),
        add: () => Promise.resolve({ ok: false, error: { code: 'invalid', message: 'Too big.' } }),
        setCover: () => Promise.resolve({ ok: false, error: { code: 'unsupported', message: '' } }),
      },
    };
    const upload = imageUploader(assets, 'blog/a/index.md');
    expect(await upload(new File(['x'], 'x.png'))).toEqual({ error: 'Too big.' });
  });
});
