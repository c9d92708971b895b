/**
 * Hugo gives heading ids from one set per page: a repeated heading gets
 * `-1`, `-2`… The incremental renderer renders parts of a page on their own,
 * each with a fresh set; this works out the ids the whole page would have
 * given, from the ids each part got.
 *
 * Each part's ids are read back to the text they came from: `x-2` is the
 * third `x` when `x` and `x-1` came before it in the same part. (A heading
 * written as `X 1` after one written `X` reads the same; Hugo would keep
 * its `x-1` unless taken, and so may this. Such pairs are rare.) An id
 * written by the author (`{#x}`) is treated as generated.
 *
 * Top-level `{{< >}}` calls in a heading leave their placeholder in its id
 * (`a-hahahugoshortcodes0hbhb`), numbered across the page: `callOffsets[i]`
 * is how many such calls come before part `i`.
 *
 * Returns, per part, the ids to write instead, or null when they stay.
 */
export function pageHeadingIds(
  parts: readonly (readonly string[])[],
  callOffsets: readonly number[],
): (string[] | null)[] {
  const taken = new Set<string>();
  return parts.map((ids, index) => {
    const offset = callOffsets[index] ?? 0;
    const local = new Set<string>();
    let changed = false;
    const result = ids.map((written) => {
      const base = shiftPlaceholders(baseOf(written, local), offset);
      local.add(written);
      let id = base;
      if (taken.has(id)) {
        let suffix = 1;
        while (taken.has(`${base}-${suffix}`)) suffix += 1;
        id = `${base}-${suffix}`;
      }
      taken.add(id);
      if (id !== written) changed = true;
      return id;
    });
    return changed ? result : null;
  });
}

const suffixed = /^(.*)-([1-9]\d*)$/;

/** The id a heading asked for, given what its part had handed out before it. */
function baseOf(written: string, before: ReadonlySet<string>): string {
  const match = suffixed.exec(written);
  if (!match) return written;
  const base = match[1] ?? '';
  if (!before.has(base)) return written;
  const count = Number(match[2]);
  for (let suffix = 1; suffix < count; suffix++) {
    if (!before.has(`${base}-${suffix}`)) return written;
  }
  return base;
}

const placeholder = /hahahugoshortcodes(\d+)hbhb/g;

function shiftPlaceholders(id: string, offset: number): string {
  if (offset === 0 || !id.includes('hahahugoshortcodes')) return id;
  return id.replace(
    placeholder,
    (_, ordinal: string) => `hahahugoshortcodes${Number(ordinal) + offset}hbhb`,
  );
}
