/**
 * Context sizing. Ollama silently drops the start of a prompt that exceeds `num_ctx` (2048 or
 * 4096 by default depending on the version), which would cut the instructions and keep only the
 * data. We estimate generously and always ask for enough room for prompt plus answer.
 */

const MIN_CTX = 4096;
const MAX_CTX = 131072;
const CTX_STEP = 1024;
const SAFETY_TOKENS = 256;

/**
 * Over-estimates tokens: about 3 ASCII characters per token (real tokenizers average ~4 on
 * English) and one token per non-ASCII code unit (CJK, emoji, accented text tokenise densely).
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) ascii++;
    else other++;
  }
  return Math.ceil(ascii / 3) + other;
}

/** `num_ctx` for a prompt of `promptTokens` and an answer of at most `maxOutputTokens`. */
export function contextSizeFor(promptTokens: number, maxOutputTokens: number): number {
  const needed = promptTokens + maxOutputTokens + SAFETY_TOKENS;
  const rounded = Math.ceil(needed / CTX_STEP) * CTX_STEP;
  return Math.min(MAX_CTX, Math.max(MIN_CTX, rounded));
}
