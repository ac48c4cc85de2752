/** The subset of OpenAPI v3 (as in CRDs' openAPIV3Schema) that the lab validator understands. */
export type SchemaNode = {
  $ref?: string;
  type?: "object" | "array" | "string" | "integer" | "number" | "boolean";
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  "x-kubernetes-int-or-string"?: boolean;
  "x-kubernetes-preserve-unknown-fields"?: boolean;
};

export type SchemaBundle = { kinds: Record<string, SchemaNode>; definitions: Record<string, SchemaNode> };
