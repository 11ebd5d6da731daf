import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** One file the desk serves from itself (no CDN: the desk must work on a closed network). */
interface Asset {
  body: Uint8Array;
  type: string;
  /** Content hash, appended to URLs so a new version is never served from an old cache. */
  version: string;
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wav: 'audio/wav',
  svg: 'image/svg+xml',
};

const NAMES = ['desk.css', 'desk.js', 'p1-alert.wav'] as const;

/** A file the desk serves. */
export type DeskAssetName = (typeof NAMES)[number];

function load(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of NAMES) {
    const body = readFileSync(new URL(`./assets/${name}`, import.meta.url));
    const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
    assets.set(name, { body, type, version: createHash('sha256').update(body).digest('hex').slice(0, 12) });
  }
  return assets;
}

// Read once, at first use: they are small and never change while Suar runs.
let loaded: Map<string, Asset> | undefined;

/** The asset by file name, or undefined. */
export function deskAsset(name: string): Asset | undefined {
  loaded ??= load();
  return loaded.get(name);
}

/** The URL of an asset, versioned by its content. */
export function deskAssetUrl(name: DeskAssetName): string {
  return `/desk/assets/${name}?v=${deskAsset(name)?.version ?? '0'}`;
}
