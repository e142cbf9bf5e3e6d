/**
 * HTML5 drag and drop between the palette and the canvas (framework-free). A drag carries either a
 * component type (from the palette: add) or a section id (from the canvas: move). The payload is
 * written to `dataTransfer` under our own MIME types and also kept here, because browsers hide
 * `dataTransfer` data during `dragover` (only the types are visible).
 */
export const DRAG_COMPONENT = "application/x-sdui-component";
export const DRAG_SECTION = "application/x-sdui-section";

export type DragPayload =
  | { kind: "component"; type: string; preset?: number }
  | { kind: "section"; id: string };

let current: DragPayload | null = null;

export function startDrag(event: DragEvent, payload: DragPayload): void {
  current = payload;
  const transfer = event.dataTransfer;
  if (!transfer) return;
  if (payload.kind === "component") {
    transfer.setData(DRAG_COMPONENT, JSON.stringify({ type: payload.type, preset: payload.preset }));
    transfer.effectAllowed = "copy";
  } else {
    transfer.setData(DRAG_SECTION, payload.id);
    transfer.effectAllowed = "move";
  }
  // Some browsers only start a drag that carries text.
  transfer.setData("text/plain", payload.kind === "component" ? payload.type : payload.id);
}

export function endDrag(): void {
  current = null;
}

/** The payload of the drag in progress (for `dragover`), or null for a foreign drag. */
export function currentDrag(event?: DragEvent): DragPayload | null {
  if (current) return current;
  const types = event?.dataTransfer?.types ?? [];
  if (types.includes(DRAG_SECTION) || types.includes(DRAG_COMPONENT)) return readDrop(event!);
  return null;
}

/** The payload of a drop: from `dataTransfer`, else the drag this page started. */
export function readDrop(event: DragEvent): DragPayload | null {
  const transfer = event.dataTransfer;
  const section = transfer?.getData(DRAG_SECTION);
  if (section) return { kind: "section", id: section };
  const component = transfer?.getData(DRAG_COMPONENT);
  if (component) {
    try {
      const parsed = JSON.parse(component) as { type?: unknown; preset?: unknown };
      if (typeof parsed.type === "string") {
        return typeof parsed.preset === "number"
          ? { kind: "component", type: parsed.type, preset: parsed.preset }
          : { kind: "component", type: parsed.type };
      }
    } catch {
      return { kind: "component", type: component };
    }
  }
  return current;
}

/** Whether the pointer is in the upper half of a section (drop before it) or the lower (after). */
export function isUpperHalf(rect: Pick<DOMRect, "top" | "height">, clientY: number): boolean {
  return clientY < rect.top + rect.height / 2;
}

/**
 * The insertion point (0…order.length) for a drop over `targetId` — before or after it — or at the
 * end when the pointer is over no section.
 */
export function insertionIndex(order: readonly string[], targetId: string | null, before: boolean): number {
  const index = targetId === null ? -1 : order.indexOf(targetId);
  if (index < 0) return order.length;
  return before ? index : index + 1;
}

/** Whether dropping `payload` at `index` would change nothing (a section dropped onto its own place). */
export function isNoopMove(order: readonly string[], payload: DragPayload, index: number): boolean {
  if (payload.kind !== "section") return false;
  const from = order.indexOf(payload.id);
  return from === index || from + 1 === index;
}
