/**
 * A glossary term written with full-width Chinese brackets and spaces is the same term as its
 * English spelling: "Application Load Balancer（ALB）" = "Application Load Balancer (ALB)".
 */
export function normaliseTerm(term: string): string {
  return term
    .normalize("NFKC") // full-width （） become ( ) here
    .replace(/[\s()[\]【】「」]/g, "")
    .toLowerCase();
}

export function isSameTerm(a: string, b: string): boolean {
  return normaliseTerm(a) === normaliseTerm(b);
}

/** Anchor of a glossary entry on the glossary page, from its English term. */
export function glossaryAnchor(termEn: string): string {
  return termEn.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
