import type { MDXComponents } from "mdx/types";

// Required by @next/mdx. Lessons get their locale-aware map from components/mdx/mdx-components.tsx.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
