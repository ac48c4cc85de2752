/** Words the lab editor offers to complete: common Kubernetes, Karpenter, ALB and VPA field names and values. */
export const labCompletions = [
  "apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "spec", "selector", "matchLabels", "matchExpressions",
  "template", "containers", "image", "ports", "containerPort", "port", "targetPort", "protocol", "resources", "requests", "limits", "cpu", "memory",
  "replicas", "minReplicas", "maxReplicas", "metrics", "averageUtilization", "target", "behavior", "scaleDown", "scaleUp", "stabilizationWindowSeconds",
  "policies", "periodSeconds", "scaleTargetRef", "externalTrafficPolicy", "loadBalancerClass", "type", "LoadBalancer", "ClusterIP", "NodePort",
  "ingressClassName", "rules", "http", "paths", "path", "pathType", "backend", "service", "number", "tls", "hosts", "controller", "parameters",
  "minAvailable", "maxUnavailable", "topologySpreadConstraints", "maxSkew", "topologyKey", "whenUnsatisfiable", "labelSelector", "nodeSelector",
  "tolerations", "affinity", "serviceAccountName", "completions", "parallelism", "completionMode", "Indexed", "backoffLimit", "ttlSecondsAfterFinished",
  "schedule", "jobTemplate", "concurrencyPolicy", "successfulJobsHistoryLimit", "failedJobsHistoryLimit", "restartPolicy", "nodeClassRef", "requirements",
  "key", "operator", "values", "disruption", "consolidationPolicy", "WhenEmptyOrUnderutilized", "consolidateAfter", "budgets", "nodes", "limits",
  "subnetSelectorTerms", "securityGroupSelectorTerms", "amiSelectorTerms", "alias", "role", "tags", "group", "namespaceSelector", "scheme",
  "internet-facing", "internal", "targetType", "ip", "instance", "targetRef", "updatePolicy", "updateMode", "resourcePolicy", "containerPolicies",
  "containerName", "controlledResources", "controlledValues", "RequestsOnly", "minAllowed", "maxAllowed",
  "karpenter.sh/capacity-type", "kubernetes.io/arch", "topology.kubernetes.io/zone", "karpenter.sh/do-not-disrupt", "eks.amazonaws.com/role-arn",
  "service.beta.kubernetes.io/aws-load-balancer-type", "service.beta.kubernetes.io/aws-load-balancer-scheme", "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type",
  "alb.ingress.kubernetes.io/scheme", "alb.ingress.kubernetes.io/target-type", "alb.ingress.kubernetes.io/listen-ports", "alb.ingress.kubernetes.io/ssl-redirect",
  "alb.ingress.kubernetes.io/group.name", "alb.ingress.kubernetes.io/certificate-arn",
];
