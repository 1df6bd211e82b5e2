import { render } from 'preact';
import '@/lib/ui/base.css';
import '@/lib/ui/story.css';
import { t } from '@/lib/ui/i18n';
import { App } from './App';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('storiesPageTitle');
render(<App />, document.getElementById('app')!);
