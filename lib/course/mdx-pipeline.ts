/**
 * The remark and rehype plugins every lesson is compiled with, by package name: next.config.ts hands
 * these names to @next/mdx (Turbopack cannot take functions), and the instructor's preview
 * (lib/editor/compile.ts) loads the same packages, so the preview is rendered as the build renders.
 */
export const remarkPluginNames = ["remark-frontmatter", "remark-gfm"] as const;
export const rehypePluginNames = ["rehype-slug"] as const;
