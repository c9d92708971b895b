/**
 * The VideoObject JSON-LD Hugo 0.111 writes for posts, from a template that
 * holds the VideoObject part of linkerd.io's `head-schema.html` (the
 * publisher block, a site constant, left out). Two differences from the
 * site's copy, both because the site now runs a newer Hugo: 0.111 reads a
 * `params:` block in front matter as a parameter named `params` rather than
 * merging it, so the template looks there first; and each object is written
 * into its own `<script>` element with the page's permalink beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const singleTemplate = `<source-file path="{{ .File.Path }}"></source-file>
<meta name="permalink" content="{{ .Permalink }}">
{{- $permalink := .Permalink -}}
{{- $videos := .Params.videoschema -}}
{{- with .Params.params }}{{ with .videoschema }}{{ $videos = . }}{{ end }}{{ end -}}
{{- range $videos }}
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "VideoObject",
  "name": {{ .title }},
  "description": {{ .description }},
  "thumbnailUrl": {{ .thumbnailUrl }},
  "uploadDate": {{ .uploadDate }},
  "duration": {{ .duration }},
  "embedUrl": {{ .embedUrl }},
  "contentUrl": {{ $permalink }}
}
</script>
{{- end }}
`;

export interface HugoVideoObjects {
  permalink: string;
  objects: unknown[];
}

/** Builds `posts` (paths relative to `contentDir`) with Hugo; returns each page's objects. */
export function hugoVideoObjects(
  contentDir: string,
  posts: string[],
  baseURL: string,
): Map<string, HugoVideoObjects> {
  const work = mkdtempSync(join(tmpdir(), 'hugo-video-objects-'));
  try {
    writeFileSync(
      join(work, 'config.yaml'),
      `baseURL: ${baseURL}\ndisableKinds: [taxonomy, term, home, section, rss, sitemap, robotsTXT, 404]\n`,
    );
    mkdirSync(join(work, 'layouts/_default'), { recursive: true });
    writeFileSync(join(work, 'layouts/_default/single.html'), singleTemplate);
    for (const post of posts) {
      mkdirSync(dirname(join(work, 'content', post)), { recursive: true });
      // The body is not needed, and its shortcodes would need templates.
      const text = readFileSync(join(contentDir, post), 'utf8');
      const end = text.indexOf('\n---', 4);
      writeFileSync(join(work, 'content', post), `${text.slice(0, end)}\n---\n`);
    }
    const build = spawnSync('hugo', ['--buildDrafts', '--buildFuture', '--buildExpired'], {
      cwd: work,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`hugo failed:\n${build.stdout}${build.stderr}`);
    const pages = new Map<string, HugoVideoObjects>();
    for (const entry of readdirSync(join(work, 'public'), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue;
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      const source = /<source-file path="([^"]*)">/.exec(html)?.[1];
      const permalink = /<meta name="permalink" content="([^"]*)">/.exec(html)?.[1];
      if (source === undefined || permalink === undefined) continue;
      const objects = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ].map((match) => JSON.parse(match[1]!) as unknown);
      pages.set(source, { permalink, objects });
    }
    return pages;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
