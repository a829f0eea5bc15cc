import { render } from 'preact';
import { applyUiLocale } from '../ui/i18n';
import { Popup } from './Popup';

applyUiLocale();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
