/** The font every exported figure is rendered with: DejaVu Sans, shipped in the dejavu-fonts-ttf package. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Regular and bold DejaVu Sans TTF files. */
export const FONT_FILES = [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')] as const;

/** The family name inside those files. */
export const FONT_NAME = 'DejaVu Sans';
