export function precompress(dir: string): Promise<{ files: number; before: number; after: number }>;
