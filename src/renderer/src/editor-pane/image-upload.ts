import type { AddImage } from '../../editor';
import type { StudioClient } from '../client';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its bytes as arguments: a chunk keeps the call under the stack's limit.
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Copies a dropped or pasted image into the post's bundle through main. */
export function imageUploader(client: Pick<StudioClient, 'assets'>, post: string): AddImage {
  return async (file) => {
    const data = base64Of(new Uint8Array(await file.arrayBuffer()));
    const result = await client.assets.add({ post, name: file.name, data });
    return result.ok ? { name: result.data.name } : { error: result.error.message };
  };
}
