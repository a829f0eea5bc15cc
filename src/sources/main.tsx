import { render } from 'preact';
import { applyUiLocale } from '../ui/i18n';
import { SourceReader } from './SourceReader';

applyUiLocale();
const root = document.getElementById('app');
if (root) render(<SourceReader />, root);
