/**
 * Filler of a given size that compresses roughly as a page does: repeated
 * markup around varied words, from a fixed seed so every run sends the same.
 */
const WORDS =
  "the side answers each question with a preferred position and the range it can accept before the report compares both sides and flags where they differ on brand values independence funding staff volunteers contract".split(
    " ",
  );

export function fillerWords(count: number, seed = 1): string {
  let state = seed;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[state % WORDS.length]!);
  }
  return words.join(" ");
}

/** Paragraphs of about 200 characters each, enough for `bytes` of HTML. */
export function fillerParagraphs(bytes: number): string[] {
  const paragraphs: string[] = [];
  for (let made = 0, i = 0; made < bytes; i++) {
    const text = fillerWords(28, i + 1);
    paragraphs.push(text);
    made += text.length + '<p class="floor-text"></p>'.length;
  }
  return paragraphs;
}

/** How many filler bytes the request asks for (`?bytes=`), within reason. */
export function requestedBytes(search: string): number {
  const bytes = Number(new URLSearchParams(search).get("bytes") ?? 0);
  return Number.isSafeInteger(bytes) && bytes > 0 ? Math.min(bytes, 2_000_000) : 0;
}
