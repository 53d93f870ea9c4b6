// V8 compiles the hot functions of the engine and the index into optimised code that relies on the
// hidden classes ("maps") of the objects they read. A class whose objects are made for one text or one
// batch and dropped after it (a text's claims, its capitals' readings, its word arrays, the compact
// form's writer and reader) has no object left between two texts; a full garbage collection that finds
// none frees the class's maps, and with them every optimised function that relied on them. After a bulk
// index, the first full collection threw away some fifty such functions, and the edits that followed
// ran unoptimised while V8 compiled them again: at 10,000 documents, edits 20 to 150 after the index
// took up to 5-30 ms each, against about 1 ms once compiled, and set the re-index's p99. One object of
// each such class, kept here for as long as the thread runs, keeps its maps.
const kept: object[] = [];

/** Keeps `exemplar`, an object of a class made afresh for each text, so that the class's maps stay. */
export function keepShape(exemplar: object): void {
  kept.push(exemplar);
}
