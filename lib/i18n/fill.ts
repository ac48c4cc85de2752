/** Fills `{name}` placeholders in a translated template (strings passed to client islands cannot be functions). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
