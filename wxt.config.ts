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
    // The content script (entrypoints/scan.ts, built as a plain script): every frame,
    // including about:blank, srcdoc and data: frames that show text too.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['scan.js'],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
      },
    ],
    // Private windows get their own instance: nothing of theirs mixes with normal windows.
    ...(browser === 'firefox' ? {} : { incognito: 'split' }),
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
