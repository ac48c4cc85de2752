/** What lessons may contain: the MDX component names, their attributes, and link targets. */
export const mdxComponentNames = ["Callout", "Diagram", "HpaCalculator", "VpaVsHpa", "NodeScalingSimulator", "KnowledgeCheck", "Lab"] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

export const calloutTypes = ["exam", "warning", "note"] as const;
export type CalloutType = (typeof calloutTypes)[number];

/** Attributes each component accepts; `true` marks a required one. */
export const mdxComponentAttributes: Record<MdxComponentName, Record<string, boolean>> = {
  Callout: { type: true, title: false },
  Diagram: { caption: true, alt: true },
  HpaCalculator: {},
  VpaVsHpa: {},
  NodeScalingSimulator: {},
  KnowledgeCheck: { ids: true },
  Lab: { id: true },
};

/** `/learn/<module>/<lesson>` with an optional `#anchor`. */
export const LESSON_LINK = /^\/learn\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\/?(#.*)?$/;
