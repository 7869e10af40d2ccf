import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: two levels up from both src/io/ (vitest) and dist/io/ (built). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMAS_DIR = join(RULES_DIR, 'schemas');
/** The shipped YAML parsed and validated at build time (scripts/build-cache.mjs). */
export const SHIPPED_CACHE_FILE = join(PACKAGE_ROOT, 'dist', 'shipped-yaml.json');
