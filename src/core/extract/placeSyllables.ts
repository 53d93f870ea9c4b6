// First syllables of places of the Central Highlands, in a module of its own: the known-name scan of the
// corpus index reads them too, and loading it must not load the extraction engine (see onDemand.ts).

/**
 * First syllables (lower case, NFC) of the districts, communes and hamlets of the Central Highlands
 * whose next syllable may be written with an apostrophe ("Đạ K'Nàng", "Đắk R'Lấp", "Ea H'leo", "Cư
 * M'gar", "Ia H'Drai"): no person's name starts with one, and a word after one is the place's.
 */
export const PLACE_FIRST_SYLLABLES: ReadonlySet<string> = new Set([
  'đạ', 'đắk', 'đăk', 'dak', 'ea', 'cư', 'ia', 'krông', 'kon', 'chư', 'plei', 'buôn', 'bon', 'đam', 'lắk', 'mang', 'kbang',
]);
