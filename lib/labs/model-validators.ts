/**
 * The compiled API-schema validators shipped by `kubernetes-models` (Kubernetes 1.36) and
 * `@kubernetes-models/karpenter` (Karpenter v1), as a second pass after the structural walk.
 */
import { Namespace, ServiceAccount, ConfigMap, Secret, Service, Pod, PersistentVolumeClaim } from "kubernetes-models/v1";
import { Deployment, StatefulSet, DaemonSet } from "kubernetes-models/apps/v1";
import { Job, CronJob } from "kubernetes-models/batch/v1";
import { Ingress, IngressClass, NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { PriorityClass } from "kubernetes-models/scheduling.k8s.io/v1";
import { NodePool } from "@kubernetes-models/karpenter/karpenter.sh/v1/NodePool";
import { EC2NodeClass } from "@kubernetes-models/karpenter/karpenter.k8s.aws/v1/EC2NodeClass";
import type { PathSegment } from "./path";

export type ModelError = { path: PathSegment[]; keyword: string; message: string };
type Validatable = new (data: never) => { validate(): void };

function wrap(Model: Validatable) {
  return (data: unknown): ModelError[] => {
    try {
      new Model(data as never).validate();
      return [];
    } catch (error) {
      const errors = (error as { errors?: { instancePath: string; keyword: string; message?: string }[] }).errors ?? [];
      return errors.map((e) => ({
        path: e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        keyword: e.keyword,
        message: e.message ?? e.keyword,
      }));
    }
  };
}

const models: Record<string, Validatable> = {
  "v1/Namespace": Namespace,
  "v1/ServiceAccount": ServiceAccount,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "v1/Pod": Pod,
  "v1/PersistentVolumeClaim": PersistentVolumeClaim,
  "apps/v1/Deployment": Deployment,
  "apps/v1/StatefulSet": StatefulSet,
  "apps/v1/DaemonSet": DaemonSet,
  "batch/v1/Job": Job,
  "batch/v1/CronJob": CronJob,
  "networking.k8s.io/v1/Ingress": Ingress,
  "networking.k8s.io/v1/IngressClass": IngressClass,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
  "storage.k8s.io/v1/StorageClass": StorageClass,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "scheduling.k8s.io/v1/PriorityClass": PriorityClass,
  "karpenter.sh/v1/NodePool": NodePool as unknown as Validatable,
  "karpenter.k8s.aws/v1/EC2NodeClass": EC2NodeClass as unknown as Validatable,
};

export const modelValidators: Record<string, (data: unknown) => ModelError[]> = Object.fromEntries(Object.entries(models).map(([k, M]) => [k, wrap(M)]));
