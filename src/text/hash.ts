/** FNV-1a over a string's UTF-16 units, continuing from `seed`: a fast, stable 32-bit hash of a text. */
export function fnv(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
