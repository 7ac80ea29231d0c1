// Kept equal to package.json's version by __tests__/docs.test.ts.
export const VERSION = '0.1.0';
export const HOMEPAGE = 'https://github.com/kube-pairing/kube-pairing';
export const ruleDocsUrl = (id: string): string => `${HOMEPAGE}/blob/main/docs/rules/${id}.md`;
