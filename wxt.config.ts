import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab findings (session). Nothing else: the content
    // script's match pattern is the only host access, and the popup needs no "tabs"
    // permission because it only uses the active tab's id.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    // jieba is not shipped; the wasm rule stays off until a page needs it.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'privacy-notices@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
