import { render } from 'preact';
import { App } from './App';
import { loadLaw } from '@/lib/ui/law-data';
import { rankerModules } from '@/lib/ui/tab-report';
import { firstHasDigest, firstHasFindings, firstReadSettled } from './useTabReport';
import '@/lib/ui/base.css';
import '@/lib/ui/story.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
// One render, with the findings (or the reason there are none) already read.
void firstReadSettled.then(async () => {
  // On a policy page the digest needs the law data: in the first render too.
  if (firstHasDigest()) await loadLaw().catch(() => undefined);
  render(<App />, document.getElementById('app')!);
  // The story ranker's chunks load while that first frame is laid out and painted.
  if (firstHasFindings()) void rankerModules();
});
