// First thing on the page: report every CSP violation to the test (an exposed function).
declare global {
  interface Window {
    reportCspViolation?: (text: string) => void;
  }
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.reportCspViolation?.(
    `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
  );
});

const { GcoreIamAdapter } = await import('../../src/index.js');
const { createReferenceInstance, referenceAuth } = await import('../server/reference-client.js');

// A fresh account on each load, so every test starts from the seed.
const server = await createReferenceInstance();
const adapter = new GcoreIamAdapter({
  baseUrl: server.baseUrl,
  clientId: server.clientId,
  auth: () => referenceAuth(1),
});
document.querySelector('user-list')!.adapter = adapter;
document.querySelector('api-token-list')!.adapter = adapter;
document.body.dataset.ready = 'true';

export {};
