/**
 * Writes lib/labs/schemas/kubernetes.json: the structural OpenAPI schemas (types, required fields,
 * enums, known keys) of the Kubernetes kinds labs may use, generated from the TypeScript declarations
 * of the npm packages `kubernetes-models` (Kubernetes 1.36 API) and `@kubernetes-models/karpenter`
 * (Karpenter v1 CRDs). Run it again after upgrading either package:
 *   npx tsx scripts/labs/vendor-schemas.ts
 * The Load Balancer Controller and VPA CRD schemas have no npm package; they are kept by hand in
 * lib/labs/schemas/crds.json (see lib/labs/schemas/README.md).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { SchemaNode } from "../../lib/labs/schema-types";

/** apiVersion/kind → [module, interface]. */
const KINDS: Record<string, [string, string]> = {
  "v1/Namespace": ["kubernetes-models/v1/Namespace", "INamespace"],
  "v1/ServiceAccount": ["kubernetes-models/v1/ServiceAccount", "IServiceAccount"],
  "v1/ConfigMap": ["kubernetes-models/v1/ConfigMap", "IConfigMap"],
  "v1/Secret": ["kubernetes-models/v1/Secret", "ISecret"],
  "v1/Service": ["kubernetes-models/v1/Service", "IService"],
  "v1/Pod": ["kubernetes-models/v1/Pod", "IPod"],
  "v1/PersistentVolumeClaim": ["kubernetes-models/v1/PersistentVolumeClaim", "IPersistentVolumeClaim"],
  "apps/v1/Deployment": ["kubernetes-models/apps/v1/Deployment", "IDeployment"],
  "apps/v1/StatefulSet": ["kubernetes-models/apps/v1/StatefulSet", "IStatefulSet"],
  "apps/v1/DaemonSet": ["kubernetes-models/apps/v1/DaemonSet", "IDaemonSet"],
  "batch/v1/Job": ["kubernetes-models/batch/v1/Job", "IJob"],
  "batch/v1/CronJob": ["kubernetes-models/batch/v1/CronJob", "ICronJob"],
  "networking.k8s.io/v1/Ingress": ["kubernetes-models/networking.k8s.io/v1/Ingress", "IIngress"],
  "networking.k8s.io/v1/IngressClass": ["kubernetes-models/networking.k8s.io/v1/IngressClass", "IIngressClass"],
  "networking.k8s.io/v1/NetworkPolicy": ["kubernetes-models/networking.k8s.io/v1/NetworkPolicy", "INetworkPolicy"],
  "storage.k8s.io/v1/StorageClass": ["kubernetes-models/storage.k8s.io/v1/StorageClass", "IStorageClass"],
  "autoscaling/v2/HorizontalPodAutoscaler": ["kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler", "IHorizontalPodAutoscaler"],
  "policy/v1/PodDisruptionBudget": ["kubernetes-models/policy/v1/PodDisruptionBudget", "IPodDisruptionBudget"],
  "scheduling.k8s.io/v1/PriorityClass": ["kubernetes-models/scheduling.k8s.io/v1/PriorityClass", "IPriorityClass"],
  "karpenter.sh/v1/NodePool": ["@kubernetes-models/karpenter/karpenter.sh/v1/NodePool", "INodePool"],
  "karpenter.k8s.aws/v1/EC2NodeClass": ["@kubernetes-models/karpenter/karpenter.k8s.aws/v1/EC2NodeClass", "IEC2NodeClass"],
};

const root = path.resolve(import.meta.dirname, "../..");
const fileName = path.join(root, "lib/labs/__kinds__.ts");
const names = Object.keys(KINDS);
const source = names.map((k, i) => `import type { ${KINDS[k]![1]} as T${i} } from "${KINDS[k]![0]}";\nexport type K${i} = T${i};`).join("\n");
const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] };
const host = ts.createCompilerHost(options);
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (name, version, ...rest) => (path.resolve(name) === fileName ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest));
const fileExists = host.fileExists.bind(host);
host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
const program = ts.createProgram([fileName], options, host);
const checker = program.getTypeChecker();
const file = program.getSourceFile(fileName)!;

const definitions: Record<string, SchemaNode> = {};
const named = new Map<ts.Type, string>();

function definitionName(type: ts.Type): string | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (!symbol || !(type.flags & ts.TypeFlags.Object) || symbol.name === "__type" || symbol.name === "__object") return undefined;
  return symbol.name.replace(/^I(?=[A-Z])/, "");
}

function convert(type: ts.Type): SchemaNode {
  if (type.isUnion()) {
    const parts = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (parts.every((t) => t.isStringLiteral())) return { type: "string", enum: parts.map((t) => (t as ts.StringLiteralType).value).sort() };
    if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { type: "boolean" };
    const flags = parts.reduce((f, t) => f | t.flags, 0);
    if (parts.length === 2 && flags & ts.TypeFlags.Number && flags & ts.TypeFlags.String) return { "x-kubernetes-int-or-string": true };
    if (parts.length === 1) return convert(parts[0]!);
    return {};
  }
  if (type.flags & ts.TypeFlags.StringLiteral) return { type: "string", enum: [(type as ts.StringLiteralType).value] };
  if (type.flags & ts.TypeFlags.String) return { type: "string" };
  if (type.flags & ts.TypeFlags.Number) return { type: "number" };
  if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: "boolean" };
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
  if (checker.isArrayType(type)) return { type: "array", items: convert(checker.getTypeArguments(type as ts.TypeReference)[0]!) };
  if (type.flags & ts.TypeFlags.Object) {
    const name = definitionName(type);
    if (name && named.has(type)) return { $ref: named.get(type)! };
    const props = checker.getPropertiesOfType(type);
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (!props.length) return index ? { type: "object", additionalProperties: convert(index.type) } : { type: "object", "x-kubernetes-preserve-unknown-fields": true };
    let unique = name;
    if (unique) {
      // Two packages may declare interfaces of the same name (Karpenter's ObjectMeta): number the later one.
      for (let n = 2; definitions[unique]; n++) unique = `${name}${n}`;
      named.set(type, unique);
      definitions[unique] = {};
    }
    const node: SchemaNode = { type: "object", properties: {} };
    const required: string[] = [];
    for (const prop of props) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (!decl) continue;
      node.properties![prop.name] = convert(checker.getTypeOfSymbolAtLocation(prop, decl));
      if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.name);
    }
    if (required.length) node.required = required.sort();
    if (index) node.additionalProperties = convert(index.type);
    if (unique) {
      definitions[unique] = node;
      return { $ref: unique };
    }
    return node;
  }
  return {};
}

const kinds: Record<string, SchemaNode> = {};
const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!);
names.forEach((k, i) => {
  const symbol = exports.find((s) => s.name === `K${i}`)!;
  kinds[k] = convert(checker.getDeclaredTypeOfSymbol(symbol));
});

const out = path.join(root, "lib/labs/schemas/kubernetes.json");
const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(out, `${JSON.stringify({ generatedBy: "scripts/labs/vendor-schemas.ts", sources: ["kubernetes-models@5.1.0", "@kubernetes-models/karpenter@2.0.0"], kinds, definitions: sorted })}\n`);
console.log(`wrote ${path.relative(root, out)}: ${Object.keys(kinds).length} kinds, ${Object.keys(definitions).length} definitions`);
