import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { createUserManager } from './auth/userManager';
import './styles.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('Missing #root element');
}

const userManager = createUserManager();

createRoot(container).render(
  <StrictMode>
    <AuthProvider userManager={userManager}>
      <App />
    </AuthProvider>
  </StrictMode>,
);
