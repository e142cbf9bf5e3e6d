/**
 * A 422 `layout_invalid` answer mapped onto the editor (framework-free). The backend keys `fields`
 * by the JSON path of the offending value — `sections.banner1.settings.slides` in the API doc,
 * `sections/banner1/settings/slides/0/action/url` in the validator's words; both (and a leading
 * `/` or `$.`) are accepted. Section ids never contain `.` or `/`, so splitting is safe.
 */
export interface LayoutErrors {
  /** Per section id: path inside the section (`settings.slides.0.image`, `source.ids`, `""`) → message. */
  sections: Record<string, Record<string, string>>;
  /** Page header and document-level errors: path (`page.title`, `order`, `""`) → message. */
  page: Record<string, string>;
}

export function emptyLayoutErrors(): LayoutErrors {
  return { sections: {}, page: {} };
}

/** `"/sections/a/settings/slides/0"` or `"sections.a.settings.slides.0"` → its segments. */
export function splitErrorPath(key: string): string[] {
  const trimmed = key.trim().replace(/^\$\.?/, "").replace(/^#/, "");
  return trimmed.split(/[./]/).filter((segment) => segment !== "");
}

export function mapLayoutErrors(fields: Record<string, string>): LayoutErrors {
  const out = emptyLayoutErrors();
  for (const [key, message] of Object.entries(fields)) {
    const segments = splitErrorPath(key);
    if (segments[0] === "sections" && segments.length >= 2) {
      const id = segments[1]!;
      const bucket = (out.sections[id] ??= {});
      const path = segments.slice(2).join(".");
      bucket[path] = bucket[path] ? `${bucket[path]}；${message}` : message;
    } else {
      const path = segments.join(".");
      out.page[path] = out.page[path] ? `${out.page[path]}；${message}` : message;
    }
  }
  return out;
}

export function errorCount(errors: LayoutErrors): number {
  return (
    Object.keys(errors.page).length +
    Object.values(errors.sections).reduce((sum, bucket) => sum + Object.keys(bucket).length, 0)
  );
}

/** The errors of one part of a section (`settings`, `source`, `action`), keyed relative to it. */
export function errorsUnder(bucket: Record<string, string> | undefined, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!bucket) return out;
  for (const [path, message] of Object.entries(bucket)) {
    if (path === prefix) out[""] = message;
    else if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = message;
  }
  return out;
}

/** Errors after the value at `path` (inside section `id`) was edited: that message is dropped. */
export function clearErrorAt(errors: LayoutErrors, id: string | null, path: string): LayoutErrors {
  if (id === null) {
    if (!(path in errors.page)) return errors;
    const page = { ...errors.page };
    delete page[path];
    return { ...errors, page };
  }
  const bucket = errors.sections[id];
  if (!bucket || !(path in bucket)) return errors;
  const next = { ...bucket };
  delete next[path];
  const sections = { ...errors.sections };
  if (Object.keys(next).length) sections[id] = next;
  else delete sections[id];
  return { ...errors, sections };
}

/** Errors after a section was removed. */
export function dropSectionErrors(errors: LayoutErrors, id: string): LayoutErrors {
  if (!(id in errors.sections)) return errors;
  const sections = { ...errors.sections };
  delete sections[id];
  return { ...errors, sections };
}
