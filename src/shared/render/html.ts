const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/** An opening tag; attributes whose value is undefined are left out. */
export function openTag(tag: string, attributes: Record<string, string | undefined>): string {
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) html += ` ${name}="${escapeHtml(value)}"`;
  }
  return `${html}>`;
}
