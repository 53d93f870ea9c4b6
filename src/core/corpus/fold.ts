// Folding for search: the same name typed with or without diacritics, with đ or d, in NFC or NFD,
// in any letter case, must find the same entity. Kept local to the corpus module so that the index
// does not depend on the exact rules the extractor uses to build its keys.

/** Lower-case, no combining marks, đ → d, runs of white space (incl. no-break space) → one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ\u00d0]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
