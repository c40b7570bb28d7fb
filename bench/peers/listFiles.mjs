// The file list the peers read: the same rule as the CLI (named files as given; folders searched recursively for
// *.txt and *.article, skipping hidden folders and node_modules), so every program in the table reads the same bytes.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listArticleFiles(paths) {
  const files = [];
  const walk = folder => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt') || name.endsWith('.article')) files.push(path);
    }
  };
  for (const path of paths) {
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
  return files;
}
