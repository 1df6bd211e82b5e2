import { render } from 'preact';
import { App } from './App';
import '@/lib/ui/base.css';
import '@/lib/ui/story.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
