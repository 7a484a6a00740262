import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles.css';

// index.html has already started the first API calls (whoami, and the dashboard's data on /)
createRoot(document.getElementById('root')!).render(<App />);
