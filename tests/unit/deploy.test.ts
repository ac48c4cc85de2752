/**
 * deploy/: every manifest of both variants renders, validates against the Kubernetes 1.36 API schemas
 * and Karpenter's v1 CRDs, has no unknown field, and agrees with the app (routes, port, environment).
 * What only a real cluster can check is listed in README → Deploying on EKS.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { envSchema, parseEnv } from "@/lib/env";
import { SHUTDOWN_TIMEOUT_MS } from "@/scripts/server/lifecycle";
import { findUnknownFields, readYamlDocuments, renderKustomization, strategicMerge, validateSchemas, type K8sObject } from "@/scripts/deploy/manifests";

const root = path.resolve(import.meta.dirname, "../..");
const variants = ["single", "scale-out"] as const;
type Variant = (typeof variants)[number];

const rendered = Object.fromEntries(variants.map((v) => [v, renderKustomization(path.join(root, "deploy", v))])) as Record<Variant, K8sObject[]>;
const karpenter = ["nodepool.yaml", "ec2nodeclass.yaml"].flatMap((f) => readYamlDocuments(path.join(root, "deploy/karpenter", f)));
const secretTemplate = readYamlDocuments(path.join(root, "deploy/base/secret.example.yaml"));
const serviceMonitor = readYamlDocuments(path.join(root, "deploy/monitoring/servicemonitor.yaml"));

/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are untyped YAML; the schema tests above type them */
const find = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind) as any[];
const one = (objects: K8sObject[], kind: string) => {
  const found = find(objects, kind);
  expect(found, kind).toHaveLength(1);
  return found[0];
};
const podSpec = (v: Variant) => one(rendered[v], "Deployment").spec.template.spec;
const container = (v: Variant) => podSpec(v).containers[0];

/** URL paths of the API's route files (app/api/**\/route.ts), with [param] segments as patterns. */
function apiRoutes(): { pattern: RegExp; file: string }[] {
  const out: { pattern: RegExp; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const segments = path.relative(path.join(root, "app"), dir).split(path.sep);
        const source = segments.map((s) => (s.startsWith("[...") ? ".+" : s.startsWith("[") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
        out.push({ pattern: new RegExp(`^/${source}$`), file: full });
      }
    }
  };
  walk(path.join(root, "app/api"));
  return out;
}

describe("deploy/ manifests", () => {
  it("render to the objects each variant needs", () => {
    expect(rendered.single.map((o) => o.kind).sort()).toEqual(["ConfigMap", "Deployment", "Ingress", "Namespace", "PersistentVolumeClaim", "Service", "ServiceAccount", "StorageClass"]);
    expect(rendered["scale-out"].map((o) => o.kind).sort()).toEqual(["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress", "Namespace", "PodDisruptionBudget", "Service", "ServiceAccount"]);
    for (const v of variants) for (const o of rendered[v]) if (o.kind !== "Namespace" && o.kind !== "StorageClass") expect(o.metadata.namespace, `${v} ${o.kind}`).toBe("eks-course");
  });

  it("validate against the Kubernetes API and Karpenter schemas", async () => {
    for (const v of variants) expect(await validateSchemas(rendered[v]), v).toEqual([]);
    expect(await validateSchemas(karpenter)).toEqual([]);
    expect(await validateSchemas(secretTemplate)).toEqual([]);
    expect(await validateSchemas(serviceMonitor)).toEqual([]);
  }, 60_000);

  it("contain no field the API does not know (what kubectl --validate=strict refuses)", () => {
    expect(findUnknownFields([...rendered.single, ...rendered["scale-out"], ...karpenter, ...secretTemplate, ...serviceMonitor], root)).toEqual([]);
  }, 120_000);

  it("the validation catches a wrong type, a wrong enum value, a removed API and an unknown field", async () => {
    const deployment = structuredClone(one(rendered["scale-out"], "Deployment"));
    deployment.spec.template.spec.containers[0].ports[0].containerPort = "3000";
    const nodePool = structuredClone(karpenter.find((o) => o.kind === "NodePool")!) as any;
    nodePool.spec.disruption.consolidationPolicy = "WhenUnderutilized"; // Karpenter v1beta1's name, gone in v1
    const oldHpa = { ...structuredClone(one(rendered["scale-out"], "HorizontalPodAutoscaler")), apiVersion: "autoscaling/v2beta2" };
    const problems = await validateSchemas([deployment, nodePool, oldHpa]);
    expect(problems).toEqual([
      expect.stringMatching(/^Deployment\/eks-course: .*containerPort must be integer/),
      expect.stringMatching(/^NodePool\/eks-course: .*consolidationPolicy must be equal to one of the allowed values/),
      "HorizontalPodAutoscaler/eks-course: autoscaling/v2beta2 HorizontalPodAutoscaler is not an API deploy/ may use",
    ]);
    const typo = structuredClone(one(rendered.single, "Deployment"));
    typo.spec.template.spec.containers[0].readinesProbe = typo.spec.template.spec.containers[0].readinessProbe;
    expect(findUnknownFields([typo], root)).toEqual([expect.stringMatching(/^Deployment\/eks-course: .*'"readinesProbe"' does not exist/)]);
  }, 120_000);

  it.skipIf(!hasKubectl())("render exactly as kubectl kustomize does", async () => {
    const { parseAllDocuments } = await import("yaml");
    for (const v of variants) {
      const reference = parseAllDocuments(execFileSync("kubectl", ["kustomize", path.join(root, "deploy", v)], { encoding: "utf8" })).map((d) => d.toJS() as K8sObject);
      const byName = (list: K8sObject[]) => Object.fromEntries(list.map((o) => [`${o.kind}/${o.metadata.name}`, o]));
      expect(byName(rendered[v]), v).toEqual(byName(reference));
      // Order inside lists matters (env, volumes): compare it too.
      expect(canonical(one(rendered[v], "Deployment").spec)).toBe(canonical((reference.find((o) => o.kind === "Deployment") as any).spec));
    }
  }, 60_000);

  it("the offline renderer merges patches like kustomize and refuses what it does not implement", () => {
    expect(strategicMerge({ a: 1, b: { c: 2 }, list: [1, 2] }, { b: { c: null, d: 3 }, list: [3] })).toEqual({ a: 1, b: { d: 3 }, list: [3] });
    expect(strategicMerge({ env: [{ name: "A", value: "1" }] }, { env: [{ name: "B", value: "2" }, { name: "A", value: "3" }] })).toEqual({
      env: [{ name: "B", value: "2" }, { name: "A", value: "3" }],
    });
    expect(() => strategicMerge({ containers: [] }, { containers: [{ $patch: "delete" }] }, "")).toThrow(/unsupported patch directive/);
  });
});

describe("deploy/ agrees with the app", () => {
  it("probes and the ALB health check use a GET route that exists", () => {
    const routes = apiRoutes();
    for (const v of variants) {
      const c = container(v);
      const paths = [c.startupProbe.httpGet.path, c.readinessProbe.httpGet.path, c.livenessProbe.httpGet.path, one(rendered[v], "Ingress").metadata.annotations["alb.ingress.kubernetes.io/healthcheck-path"]];
      expect(new Set(paths)).toEqual(new Set(["/api/health"]));
      for (const p of paths) {
        const route = routes.find((r) => r.pattern.test(p));
        expect(route, p).toBeDefined();
        expect(readFileSync(route!.file, "utf8")).toMatch(/export (async )?function GET\b/);
      }
      for (const probe of [c.startupProbe, c.readinessProbe, c.livenessProbe]) expect(probe.httpGet.port).toBe("http");
    }
  });

  it("the container port is PORT, and the Service and Ingress reach it by name", () => {
    for (const v of variants) {
      const config = one(rendered[v], "ConfigMap");
      const http = container(v).ports.find((p: any) => p.name === "http");
      expect(http.containerPort).toBe(Number(config.data.PORT));
      expect(parseEnv(config.data).PORT).toBe(http.containerPort);
      const service = one(rendered[v], "Service");
      expect(service.spec.ports[0].targetPort).toBe("http");
      expect(service.spec.selector).toEqual(one(rendered[v], "Deployment").spec.template.metadata.labels);
      const backend = one(rendered[v], "Ingress").spec.rules[0].http.paths[0].backend.service;
      expect(backend).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0].name } });
    }
  });

  it("behind the ALB: TRUST_PROXY=1, an HTTPS SITE_URL on the Ingress host, HTTPS with a redirect from HTTP, IP targets", () => {
    for (const v of variants) {
      const config = one(rendered[v], "ConfigMap");
      const ingress = one(rendered[v], "Ingress");
      const annotations = ingress.metadata.annotations;
      expect(config.data.TRUST_PROXY).toBe("1");
      expect(new URL(config.data.SITE_URL).protocol).toBe("https:");
      expect(new URL(config.data.SITE_URL).host).toBe(ingress.spec.rules[0].host);
      expect(ingress.spec.ingressClassName).toBe("alb");
      expect(annotations).toMatchObject({
        "alb.ingress.kubernetes.io/scheme": "internet-facing",
        "alb.ingress.kubernetes.io/target-type": "ip",
        "alb.ingress.kubernetes.io/ssl-redirect": "443",
        "alb.ingress.kubernetes.io/group.name": expect.any(String),
        "alb.ingress.kubernetes.io/certificate-arn": expect.stringMatching(/^arn:aws:acm:/),
      });
      expect(JSON.parse(annotations["alb.ingress.kubernetes.io/listen-ports"])).toEqual([{ HTTP: 80 }, { HTTPS: 443 }]);
      expect(one(rendered[v], "Namespace").metadata.labels["elbv2.k8s.aws/pod-readiness-gate-inject"]).toBe("enabled");
    }
  });

  it("every ConfigMap and Secret key is a variable the app reads, and the values parse", () => {
    const known = new Set(Object.keys(envSchema.shape));
    // The one variable read outside lib/env.ts: the address the server listens on.
    expect(readFileSync(path.join(root, "scripts/serve.ts"), "utf8")).toContain("process.env.HOSTNAME");
    known.add("HOSTNAME");
    const secret = secretTemplate[0] as any;
    expect(secret.kind).toBe("Secret");
    for (const v of variants) {
      const config = one(rendered[v], "ConfigMap");
      const c = container(v);
      for (const k of Object.keys(config.data)) expect(known, `ConfigMap key ${k}`).toContain(k);
      for (const k of Object.keys(secret.stringData)) expect(known, `Secret key ${k}`).toContain(k);
      expect(c.envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }]);
      const environment: Record<string, string> = { ...config.data };
      for (const e of c.env) {
        expect(known, `env ${e.name}`).toContain(e.name);
        if (e.valueFrom?.secretKeyRef) {
          expect(e.valueFrom.secretKeyRef.name).toBe(secret.metadata.name);
          expect(e.valueFrom.secretKeyRef.key).toBe(e.name);
          expect(Object.keys(secret.stringData)).toContain(e.name);
          environment[e.name] = secret.stringData[e.name];
        } else environment[e.name] = e.value;
      }
      const env = parseEnv(environment);
      expect(env.NODE_ENV).toBe("production");
      expect(env.DATABASE_URL.startsWith(v === "single" ? "file:" : "postgresql:")).toBe(true);
    }
  });

  it("the HPA scales the Deployment (scale-out) and nothing else fixes its replica count; single has one Pod and no HPA", () => {
    const deployment = one(rendered["scale-out"], "Deployment");
    const hpa = one(rendered["scale-out"], "HorizontalPodAutoscaler");
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: deployment.apiVersion, kind: "Deployment", name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.metrics[0].resource.name).toBe("cpu");
    expect(hpa.spec.behavior.scaleDown.stabilizationWindowSeconds).toBeGreaterThan(0);
    expect(deployment.spec.replicas).toBeUndefined();
    expect(container("scale-out").resources.requests.cpu).toBeDefined(); // a CPU utilisation target needs a request
    const pdb = one(rendered["scale-out"], "PodDisruptionBudget");
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
    expect(deployment.spec.template.metadata.labels).toMatchObject(pdb.spec.selector.matchLabels);

    const single = one(rendered.single, "Deployment");
    expect(single.spec.replicas).toBe(1);
    expect(single.spec.strategy).toEqual({ type: "Recreate" });
    expect(find(rendered.single, "HorizontalPodAutoscaler")).toEqual([]);
  });

  it("single keeps its SQLite file on the EBS gp3 claim", () => {
    const spec = podSpec("single");
    const file = parseEnv(one(rendered.single, "ConfigMap").data).DATABASE_URL.slice("file:".length);
    const mount = container("single").volumeMounts.find((m: any) => path.posix.dirname(file) === m.mountPath);
    expect(mount, file).toBeDefined();
    const claim = spec.volumes.find((vol: any) => vol.name === mount.name).persistentVolumeClaim.claimName;
    const pvc = one(rendered.single, "PersistentVolumeClaim");
    expect(pvc.metadata.name).toBe(claim);
    const storageClass = one(rendered.single, "StorageClass");
    expect(pvc.spec.storageClassName).toBe(storageClass.metadata.name);
    expect(storageClass).toMatchObject({ provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" }, volumeBindingMode: "WaitForFirstConsumer" });
  });

  it("Pods run non-root on a read-only root file system, spread over zones, and outlive the ALB's deregistration", () => {
    for (const v of variants) {
      const spec = podSpec(v);
      const c = container(v);
      expect(spec.securityContext.runAsNonRoot).toBe(true);
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
      for (const m of c.volumeMounts) expect(spec.volumes.map((vol: any) => vol.name)).toContain(m.name);
      expect(c.volumeMounts.map((m: any) => m.mountPath)).toContain("/tmp");
      expect(spec.topologySpreadConstraints.map((t: any) => t.topologyKey)).toContain("topology.kubernetes.io/zone");
      expect(c.resources.requests).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
      expect(c.resources.limits.memory).toBeDefined();
      const pause = c.lifecycle.preStop.sleep.seconds;
      expect(pause).toBeGreaterThanOrEqual(10);
      // Kubernetes kills the container this long after it starts stopping: the pause, then the server's bounded drain, then a margin.
      expect(spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(pause + SHUTDOWN_TIMEOUT_MS / 1000 + 5);
      expect(spec.serviceAccountName).toBe(one(rendered[v], "ServiceAccount").metadata.name);
    }
  });

  it("metrics are scraped from the container port at the metrics route, with the token from the Secret", () => {
    for (const v of variants) {
      const template = one(rendered[v], "Deployment").spec.template;
      const annotations = template.metadata.annotations;
      expect(Number(annotations["prometheus.io/port"])).toBe(container(v).ports[0].containerPort);
      expect(apiRoutes().some((r) => r.pattern.test(annotations["prometheus.io/path"]))).toBe(true);
      expect(container(v).env.find((e: any) => e.name === "METRICS_TOKEN").valueFrom.secretKeyRef).toMatchObject({ key: "METRICS_TOKEN", optional: true });
    }
  });

  it("the ServiceMonitor example scrapes the app's Service at the metrics route with the Secret's token", () => {
    const monitor = one(serviceMonitor, "ServiceMonitor");
    const secret = one(secretTemplate, "Secret");
    for (const v of variants) {
      const service = one(rendered[v], "Service");
      expect(monitor.metadata.namespace).toBe(service.metadata.namespace);
      expect(monitor.spec.namespaceSelector.matchNames).toEqual([service.metadata.namespace]);
      for (const [k, value] of Object.entries(monitor.spec.selector.matchLabels)) expect(service.metadata.labels[k], k).toBe(value);
      for (const endpoint of monitor.spec.endpoints) {
        expect(service.spec.ports.map((p: any) => p.name)).toContain(endpoint.port);
        expect(apiRoutes().some((r) => r.pattern.test(endpoint.path))).toBe(true);
        expect(endpoint.authorization.credentials).toEqual({ name: secret.metadata.name, key: "METRICS_TOKEN" });
        expect(Object.keys(secret.stringData)).toContain(endpoint.authorization.credentials.key);
      }
    }
  });

  it("the Karpenter NodePool uses the EC2NodeClass, with IMDSv2 and a hop limit of 1", () => {
    const nodePool = karpenter.find((o) => o.kind === "NodePool") as any;
    const nodeClass = karpenter.find((o) => o.kind === "EC2NodeClass") as any;
    expect(nodePool.spec.template.spec.nodeClassRef).toEqual({ group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: nodeClass.metadata.name });
    expect(nodeClass.spec.metadataOptions).toMatchObject({ httpTokens: "required", httpPutResponseHopLimit: 1 });
  });
});

/** JSON with object keys sorted (kustomize sorts them) and list order kept. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

function hasKubectl(): boolean {
  try {
    execFileSync("kubectl", ["kustomize", "--help"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// The secret template holds no real secret: placeholders only.
it("the Secret template holds placeholders, not secrets", () => {
  const secret = secretTemplate[0] as any;
  expect(secret.stringData.AUTH_SECRET).toMatch(/^replace-/);
  expect(secret.stringData.DATABASE_URL).toContain("REPLACE_PASSWORD");
  expect(existsSync(path.join(root, "deploy/base/secret.yaml"))).toBe(false);
});
