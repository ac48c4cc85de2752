/**
 * Offline checks for the Kubernetes manifests in deploy/: render a kustomize variant without a
 * cluster or a kustomize binary, and validate every object against the Kubernetes API schemas
 * (npm `kubernetes-models`, Kubernetes 1.36), Karpenter's v1 CRDs (`@kubernetes-models/karpenter`) and the
 * Prometheus Operator's ServiceMonitor (`@kubernetes-models/prometheus-operator`).
 *
 * The renderer implements exactly the kustomize features deploy/ uses (resources, namespace,
 * labels without selectors, strategic-merge patches by kind and name) and refuses any other, so it
 * cannot silently render something kustomize would render differently; tests/unit/deploy.test.ts
 * also compares it with `kubectl kustomize` where kubectl is installed.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import ts from "typescript";

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
};

const KUSTOMIZATION_KEYS = new Set(["apiVersion", "kind", "namespace", "labels", "resources", "patches"]);
/** Kinds without a namespace among those deploy/ uses. */
const CLUSTER_SCOPED = new Set(["Namespace", "StorageClass", "NodePool", "EC2NodeClass"]);
/** Strategic-merge keys of the lists deploy/ patches (the Kubernetes API's patchMergeKey). */
const MERGE_KEYS: Record<string, string> = { containers: "name", initContainers: "name", volumes: "name", env: "name", volumeMounts: "mountPath", ports: "containerPort" };

export function readYamlDocuments(file: string): K8sObject[] {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  const out: K8sObject[] = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== "object" || Array.isArray(value)) throw new Error(`${file}: a document is not an object`);
    const object = value as K8sObject;
    if (typeof object.apiVersion !== "string" || typeof object.kind !== "string" || typeof object.metadata?.name !== "string") {
      throw new Error(`${file}: every object needs apiVersion, kind and metadata.name`);
    }
    out.push(object);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function assertNoDirectives(value: unknown, where = "patch"): void {
  if (Array.isArray(value)) value.forEach((item, i) => assertNoDirectives(item, `${where}[${i}]`));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith("$")) throw new Error(`unsupported patch directive ${k} in ${where}`);
      assertNoDirectives(v, `${where}.${k}`);
    }
}

/** A strategic-merge patch, limited to what deploy/ uses: maps merge, `null` deletes, keyed lists merge by key, other lists replace. */
export function strategicMerge(target: unknown, patch: unknown, field = ""): unknown {
  if (field === "") assertNoDirectives(patch);
  if (Array.isArray(patch)) {
    const key = MERGE_KEYS[field];
    if (!key || !Array.isArray(target)) return structuredClone(patch);
    const merged = target.map((item) => structuredClone(item) as Record<string, unknown>);
    const added: Record<string, unknown>[] = [];
    for (const item of patch as Record<string, unknown>[]) {
      const index = merged.findIndex((existing) => existing[key] === item[key]);
      if (index === -1) added.push(structuredClone(item));
      else merged[index] = strategicMerge(merged[index], item) as Record<string, unknown>;
    }
    // Like kustomize: items the patch adds come first.
    return [...added, ...merged];
  }
  if (!isObject(patch) || !isObject(target)) return structuredClone(patch);
  const out: Record<string, unknown> = structuredClone(target);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = key in out ? strategicMerge(out[key], value, key) : structuredClone(value);
  }
  return out;
}

/** Renders a kustomization directory (e.g. deploy/single) the way `kubectl kustomize` does, for the features deploy/ uses. */
export function renderKustomization(dir: string): K8sObject[] {
  const file = path.join(dir, "kustomization.yaml");
  const [k] = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS() as Record<string, unknown>);
  if (!k || k.kind !== "Kustomization") throw new Error(`${file}: not a Kustomization`);
  for (const key of Object.keys(k)) if (!KUSTOMIZATION_KEYS.has(key)) throw new Error(`${file}: the offline renderer does not support "${key}"`);
  let objects: K8sObject[] = [];
  for (const resource of (k.resources as string[] | undefined) ?? []) {
    const target = path.join(dir, resource);
    if (!existsSync(target)) throw new Error(`${file}: resource ${resource} does not exist`);
    objects.push(...(statSync(target).isDirectory() ? renderKustomization(target) : readYamlDocuments(target)));
  }
  for (const entry of (k.patches as Record<string, unknown>[] | undefined) ?? []) {
    if (Object.keys(entry).some((key) => key !== "path")) throw new Error(`${file}: only patches with a path are supported`);
    for (const patch of readYamlDocuments(path.join(dir, entry.path as string))) {
      const index = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (index === -1) throw new Error(`${file}: patch ${entry.path} matches no ${patch.kind} named ${patch.metadata.name}`);
      objects = objects.map((o, i) => (i === index ? (strategicMerge(o, patch) as K8sObject) : o));
    }
  }
  if (typeof k.namespace === "string") {
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  }
  for (const label of (k.labels as { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[] | undefined) ?? []) {
    if (label.includeSelectors || label.includeTemplates) throw new Error(`${file}: labels with includeSelectors/includeTemplates are not supported`);
    for (const o of objects) o.metadata.labels = { ...o.metadata.labels, ...label.pairs };
  }
  return objects;
}

/** The schema package and TypeScript interface for each apiVersion/kind deploy/ may use; any other is refused (this is also the list of current, non-removed API versions). */
export const MODELS: Record<string, { module: string; type: string }> = {
  "v1/Namespace": { module: "kubernetes-models/v1/Namespace", type: "INamespace" },
  "v1/ServiceAccount": { module: "kubernetes-models/v1/ServiceAccount", type: "IServiceAccount" },
  "v1/ConfigMap": { module: "kubernetes-models/v1/ConfigMap", type: "IConfigMap" },
  "v1/Secret": { module: "kubernetes-models/v1/Secret", type: "ISecret" },
  "v1/Service": { module: "kubernetes-models/v1/Service", type: "IService" },
  "v1/PersistentVolumeClaim": { module: "kubernetes-models/v1/PersistentVolumeClaim", type: "IPersistentVolumeClaim" },
  "apps/v1/Deployment": { module: "kubernetes-models/apps/v1/Deployment", type: "IDeployment" },
  "networking.k8s.io/v1/Ingress": { module: "kubernetes-models/networking.k8s.io/v1/Ingress", type: "IIngress" },
  "storage.k8s.io/v1/StorageClass": { module: "kubernetes-models/storage.k8s.io/v1/StorageClass", type: "IStorageClass" },
  "autoscaling/v2/HorizontalPodAutoscaler": { module: "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler", type: "IHorizontalPodAutoscaler" },
  "policy/v1/PodDisruptionBudget": { module: "kubernetes-models/policy/v1/PodDisruptionBudget", type: "IPodDisruptionBudget" },
  "karpenter.sh/v1/NodePool": { module: "@kubernetes-models/karpenter/karpenter.sh/v1/NodePool", type: "INodePool" },
  "karpenter.k8s.aws/v1/EC2NodeClass": { module: "@kubernetes-models/karpenter/karpenter.k8s.aws/v1/EC2NodeClass", type: "IEC2NodeClass" },
  "monitoring.coreos.com/v1/ServiceMonitor": { module: "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor", type: "IServiceMonitor" },
};

const key = (o: { apiVersion: string; kind: string }) => `${o.apiVersion}/${o.kind}`;
const label = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;

/** Validates against the JSON schemas (types, enums, required fields, formats). Returns one message per problem. */
export async function validateSchemas(objects: K8sObject[]): Promise<string[]> {
  const problems: string[] = [];
  for (const object of objects) {
    const model = MODELS[key(object)];
    if (!model) {
      problems.push(`${label(object)}: ${object.apiVersion} ${object.kind} is not an API deploy/ may use`);
      continue;
    }
    const exported = (await import(model.module)) as Record<string, new (data: unknown) => { validate(): void }>;
    const Model = exported[object.kind]!;
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${label(object)}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/**
 * The JSON schemas accept fields they do not know (the API server refuses them: kubectl's
 * --validate=strict). Unknown and misspelt fields are found by type-checking each object as an
 * object literal against the model's TypeScript interface, whose excess-property check applies at
 * every depth.
 */
export function findUnknownFields(objects: K8sObject[], root = process.cwd()): string[] {
  const imports = new Set<string>();
  const lines: string[] = [];
  objects.forEach((object, i) => {
    const model = MODELS[key(object)];
    if (!model) return;
    imports.add(`import type { ${model.type} as T${model.type} } from "${model.module}";`);
    lines.push(`// ${label(object)}\nexport const o${i}: T${model.type} = ${JSON.stringify(object, null, 1)};`);
  });
  const fileName = path.join(root, "deploy", "__manifests__.ts");
  const source = `${[...imports].join("\n")}\n${lines.join("\n")}\n`;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (path.resolve(name) === fileName ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  const file = program.getSourceFile(fileName)!;
  return ts.getPreEmitDiagnostics(program, file).map((d) => {
    const { line } = d.start === undefined ? { line: 0 } : file.getLineAndCharacterOfPosition(d.start);
    const owner = source.split("\n").slice(0, line + 1).reverse().find((l) => l.startsWith("// ")) ?? "";
    return `${owner.slice(3)}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}
