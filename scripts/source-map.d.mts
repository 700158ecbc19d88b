/** See source-map.mjs. */
export function decodeMappings(mappings: string): number[][][];
