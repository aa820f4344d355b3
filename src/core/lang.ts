/** The languages of every sentence: Indonesian first, English second (the catalogues in `locales/` are keyed by it). */
export type Lang = 'id' | 'en';
