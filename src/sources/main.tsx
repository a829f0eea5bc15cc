import { render } from 'preact';
import { uiLocale } from '../ui/i18n';
import { SourceReader } from './SourceReader';

const { lang, dir } = uiLocale();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
const root = document.getElementById('app');
if (root) render(<SourceReader />, root);
