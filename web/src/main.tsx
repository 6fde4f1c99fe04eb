import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client.ts';
import { App, startLanding } from './App.tsx';
import { I18nProvider, prepareDates } from './i18n/index.tsx';
import { theme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

// The landing page's code and data are requested first; the first render waits for the code (not
// for the data, and at most a second) so that it does not suspend.
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

function render(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <I18nProvider>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </QueryClientProvider>
        </I18nProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

const landed = startLanding(queryClient, window.location).catch(() => undefined);
prepareDates();
void Promise.race([landed, new Promise((resolve) => setTimeout(resolve, 1000))]).then(() => render(root));
