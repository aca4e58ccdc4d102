import { signatureAnalyzer } from "../signature-analyzer.ts";

/** DNS, proxies, firewalls, load balancers and the cluster pod network. */
export const networkAnalyzer = signatureAnalyzer({
  area: "network",
  mentions: [
    [/\bDNS\b|\bCoreDNS\b|\bnslookup\b|\bresolv\.conf\b/i, 0.6],
    [
      /\bproxy\b|\bfirewall\b|\bload balancer\b|\bNetworkPolic(?:y|ies)\b|\bCNI\b|\bCalico\b|\bCilium\b/i,
      0.5,
    ],
  ],
});
