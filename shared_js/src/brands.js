// @ts-check
/**
 * The brand centre's A–Z index (PLT-7 shopper side): brands from `GET /brands` grouped by their
 * pinyin initial (the backend's `letter`, "#" for the rest), A to Z then "#", each group by the
 * operators' sort then id; recommended brands also lead in their own group.
 */

/**
 * @typedef {{id: number, name: string, letter: string, english_name?: string, logo?: string, is_recommended?: boolean, sort?: number}} Brand
 * @typedef {{letter: string, brands: Brand[]}} BrandGroup
 * @typedef {{recommended: Brand[], groups: BrandGroup[], letters: string[]}} BrandIndex
 */

/** @param {string} letter */
function indexLetter(letter) {
  var upper = String(letter || "").toUpperCase();
  return upper.length === 1 && upper >= "A" && upper <= "Z" ? upper : "#";
}

/** @param {Brand} a @param {Brand} b */
function bySortThenId(a, b) {
  return (a.sort || 0) - (b.sort || 0) || a.id - b.id;
}

/**
 * @param {Brand[]} brands
 * @returns {BrandIndex}
 */
export function brandIndex(brands) {
  /** @type {Record<string, Brand[]>} */
  var byLetter = {};
  var list = Array.isArray(brands) ? brands : [];
  for (var i = 0; i < list.length; i++) {
    var key = indexLetter(list[i].letter);
    (byLetter[key] = byLetter[key] || []).push(list[i]);
  }
  var letters = Object.keys(byLetter).sort(function (a, b) {
    if (a === "#" || b === "#") return a === "#" ? (b === "#" ? 0 : 1) : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return {
    recommended: list.filter(function (b) { return b.is_recommended; }).slice().sort(bySortThenId),
    groups: letters.map(function (letter) {
      return { letter: letter, brands: byLetter[letter].slice().sort(bySortThenId) };
    }),
    letters: letters,
  };
}
