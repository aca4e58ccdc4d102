import type { FactRule } from "./fact-rule.ts";

const present = (what: string) => () => `provided (${what})`;

/** Configuration and certificate text the customer pasted: manifests, values, pipelines, DNS. */
export const CONFIG_ARTIFACT_RULES: FactRule[] = [
  {
    fact: "config.manifest",
    patterns: [
      /^\s*apiVersion:\s*\S+\s*\n(?:[\s\S]{0,200}?)^\s*kind:\s*\w+/m,
      /^\s*kind:\s*\w+\s*\n\s*apiVersion:\s*\S+/m,
    ],
    value: present("manifest"),
  },
  {
    fact: "config.helm-values",
    patterns: [
      /^(?:USER-SUPPLIED|COMPUTED) VALUES:/m,
      /\bhelm\s+(?:upgrade|install|template)\b[^\n]{0,300}?\s--set(?:-string|-file)?[= ][\w.[\]\\-]+=/,
    ],
    value: present("values"),
    attachment: { name: /values[\w.-]*\.ya?ml$/i, value: "provided (values file)" },
  },
  {
    fact: "config.codefresh-yaml",
    patterns: [/^\s*steps:\s*$[\s\S]{0,400}?^\s+(?:type|image|commands|title):/m],
    value: present("pipeline YAML"),
    attachment: { name: /codefresh[\w.-]*\.ya?ml$/i, value: "provided (pipeline YAML)" },
  },
  {
    fact: "config.ci-workflow",
    patterns: [
      /^\s*(?:-\s*)?uses:\s*[\w-]+\/[\w-]+@/m,
      /^\s*runs-on:\s*\S/m,
      /\.gitlab-ci\.yml|\bJenkinsfile\b|^\s*pipeline\s*\{/m,
      /^\s*(?:stages|script):\s*$[\s\S]{0,300}?^\s*-\s+\S/m,
    ],
    value: present("CI workflow"),
  },
  {
    fact: "config.argocd-application",
    patterns: [
      /^\s*kind:\s*(?:Application|ApplicationSet)\s*$[\s\S]{0,600}?^\s*(?:source|sources|template):/m,
    ],
    value: present("Application spec"),
  },
  {
    fact: "config.dockerfile",
    patterns: [
      /^\s*FROM\s+[\w./:@${}-]+(?:\s+AS\s+[\w-]+)?\s*$[\s\S]{0,2000}?^\s*(?:RUN|COPY|ADD|CMD|ENTRYPOINT|WORKDIR|ENV|ARG|USER|EXPOSE)\s/im,
    ],
    value: present("Dockerfile"),
    attachment: { name: /(?:^|[./])Dockerfile\b|\.dockerfile$/i, value: "provided (Dockerfile)" },
  },
  {
    fact: "config.dns",
    patterns: [
      /^\s*\.:53\s*\{/m,
      /^\s*forward\s+\.\s+\S+/m,
      /^nameserver\s+[\d.:a-f]+\s*$[\s\S]{0,300}?^(?:search|options)\s/m,
      /^(?:search|options)\s[^\n]*\n(?:[^\n]*\n){0,3}?nameserver\s+[\d.:a-f]+\s*$/m,
    ],
    value: (match) => (/nameserver/.test(match[0]) ? "provided (resolv.conf)" : "provided (Corefile)"),
  },
  {
    fact: "tls.cert-details",
    patterns: [
      /^\s*Issuer:\s*[^\n]{2,}\n[\s\S]{0,600}?^\s*Not After\s*:/m,
      /^\s*Not After\s*:[^\n]*\n[\s\S]{0,200}?^\s*Subject:/m,
      /^Certificate chain\s*\n\s*0 s:/m,
      /^\s*(?:subject|issuer)=[^\n]*\n\s*(?:subject|issuer)=/m,
      /\bnotAfter=\w{3}\s+\d+/,
      /\bCERTIFICATE\s+EXPIRES\s+RESIDUAL TIME\b/,
      /X509v3 Subject Alternative Name:/,
    ],
    value: present("certificate details"),
  },
];
