/** Options shared by every aligning function. */
export interface AlignOptions {
  /**
   * Language of the source side (ISO 639-1, such as `en`). Detected from the
   * text when left out. Give both languages to align two texts in the same
   * language (versions of one document) without the same-language check.
   */
  sourceLang?: string
  /** Language of the target side (ISO 639-1, such as `ru`). Detected when left out. */
  targetLang?: string
  /**
   * Largest input accepted, in UTF-16 code units per text (default
   * 50,000,000, about 100 MB of Russian text in UTF-8). Longer input is
   * refused with a `BitextError` of code `INPUT_TOO_LARGE`.
   */
  maxLength?: number
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  /** Language of the text (ISO 639-1). Detected when left out. */
  lang?: string
  /** Largest input accepted, in UTF-16 code units (default 50,000,000). */
  maxLength?: number
}

/** The default of {@link AlignOptions.maxLength}. */
export const DEFAULT_MAX_LENGTH = 50_000_000
