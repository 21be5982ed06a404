/** Up to two letters for an avatar: "Mario Rossi" → "MR"; a number shows its last two digits. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return name.replace(/\D/g, '').slice(-2) || '?';
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}
