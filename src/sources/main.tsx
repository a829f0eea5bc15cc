import { render } from 'preact';
import { SourceReader } from './SourceReader';

const root = document.getElementById('app');
if (root) render(<SourceReader />, root);
