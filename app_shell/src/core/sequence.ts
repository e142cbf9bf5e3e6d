/**
 * What a page looks like to this shell, as data: the sections it draws, in order, with the
 * product cards each shows. The cross-shell uniformity test compares this with the
 * mini-program's answer for the same response (SDUI-4); PageRenderer draws exactly this.
 */
import { normalizeLayout, sectionProductIds } from "@shared";

import { SUPPORTED } from "./supported";

export interface SequenceEntry {
  id: string;
  type: string;
  /** Ids of the product cards the section shows, in order; [] for sections without products. */
  itemIds: number[];
}

export function sectionSequence(response: unknown, channel: string): SequenceEntry[] {
  return normalizeLayout(response, { channel, supported: SUPPORTED }).map((section) => ({
    id: section.id,
    type: section.type,
    itemIds: sectionProductIds(section),
  }));
}
