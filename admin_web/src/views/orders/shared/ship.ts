/** The ship dialog's rules (ORD-5): what is left to ship, tracking number format, the items sent. */
import type { OrderLine, ShipItem } from "@/api/orders";

/** 6–40 letters or digits, as carriers print them. */
export const TRACKING_NO = /^[A-Za-z0-9]{6,40}$/;

/** Units still to ship: neither shipped nor refunded through after-sales before shipping (withheld). */
export const remainingOf = (line: Pick<OrderLine, "quantity" | "shipped_quantity" | "withheld_quantity">) =>
  Math.max(0, line.quantity - (line.shipped_quantity ?? 0) - (line.withheld_quantity ?? 0));

export interface ShipLineState {
  line_id: number;
  title: string;
  spec_text: string;
  image: string;
  quantity: number;
  shipped: number;
  remaining: number;
  checked: boolean;
  /** How many to ship now (1…remaining). */
  ship: number;
}

/** Default: everything left, every line with something left checked. */
export function initialShipLines(lines: OrderLine[]): ShipLineState[] {
  return lines.map((line) => {
    const remaining = remainingOf(line);
    return {
      line_id: line.id,
      title: line.title,
      spec_text: line.spec_text,
      image: line.image,
      quantity: line.quantity,
      shipped: line.shipped_quantity ?? 0,
      remaining,
      checked: remaining > 0,
      ship: remaining,
    };
  });
}

/**
 * The `items` of `POST /admin/orders/{no}/ship`: null when everything left goes in this parcel,
 * else the checked lines with their quantities. An empty list means nothing was chosen.
 */
export function shipItems(lines: ShipLineState[]): ShipItem[] | null {
  const open = lines.filter((line) => line.remaining > 0);
  const chosen = open.filter((line) => line.checked && line.ship > 0);
  const everything = chosen.length === open.length && chosen.every((line) => line.ship >= line.remaining);
  if (everything && chosen.length > 0) return null;
  return chosen.map((line) => ({ line_id: line.line_id, quantity: Math.min(line.ship, line.remaining) }));
}
