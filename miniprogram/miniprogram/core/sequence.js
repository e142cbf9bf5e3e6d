// What the shell draws for a page response, as a pure function: the sections in order with the
// ids of the product cards each shows. The H5 shell exports the same function; the uniformity
// test compares both with what the rendered trees contain.
import { normalizeLayout, sectionProductIds } from "../shared/index.js";
import { SUPPORTED } from "./supported.js";

/**
 * @param {unknown} response  a page response (docs/pages-api.md)
 * @param {string} [channel]  default "mp"
 * @returns {{id: string, type: string, itemIds: number[]}[]}
 */
export function sectionSequence(response, channel) {
  return normalizeLayout(response, { channel: channel || "mp", supported: SUPPORTED }).map((section) => ({
    id: section.id,
    type: section.type,
    itemIds: sectionProductIds(section),
  }));
}
