import { render } from 'preact';
import { App } from './App';
import { loadLaw } from '@/lib/ui/law-data';
import { rankerModules } from '@/lib/ui/tab-report';
import { firstHasDigest, firstNeedsRanking, firstReadSettled } from './useTabReport';
import '@/lib/ui/base.css';
import '@/lib/ui/story.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
// One render, with the findings (or the reason there are none) already read.
void firstReadSettled.then(async () => {
  // On a policy page the digest needs the law data: in the first render too.
  if (firstHasDigest()) await loadLaw().catch(() => undefined);
  render(<App />, document.getElementById('app')!);
  // Without stories ranked in the background, the ranker's chunks (the story index, ~430 KB)
  // load once that frame is painted: evaluated before it, they held it back by ~5 ms (a
  // trace of the popup).
  if (firstNeedsRanking()) requestAnimationFrame(() => setTimeout(() => void rankerModules()));
});
