import { render } from 'preact';
import { App } from './App';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
