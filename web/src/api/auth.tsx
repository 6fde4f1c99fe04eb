import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, setMfaEnrolmentHandler, setUnauthorizedHandler } from './client.ts';
import type { Me } from './types.ts';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api<Me>('/api/auth/me');
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
      throw e;
    }
  },
  staleTime: 60_000,
});

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery(meQuery);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api<unknown>('/api/auth/login', { method: 'POST', body }),
    onSuccess: async () => {
      qc.clear();
      await qc.fetchQuery({ queryKey: ['me'], queryFn: () => api<Me>('/api/auth/me') });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<{ sso?: boolean } | undefined>('/api/auth/logout', { method: 'POST' }),
    onSettled: (ended) => {
      qc.clear();
      qc.setQueryData(['me'], null);
      // A single-sign-on session ends at the identity provider too; it sends the browser back to /login.
      if (ended?.sso) window.location.assign('/api/auth/oidc/logout');
      else navigate('/login', { replace: true });
    },
  });
}

/**
 * When the session expires mid-use, drop cached data and show the login page. When the role
 * requires MFA and the session is limited to enrolment (403 mfaEnrolmentRequired), open the
 * enrolment page (Mitt konto).
 */
export function useSessionExpiry() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      qc.setQueryData(['me'], null);
    });
    setMfaEnrolmentHandler(() => {
      void qc.invalidateQueries({ queryKey: ['me'] });
      navigate('/account', { replace: true });
    });
    return () => {
      setUnauthorizedHandler(null);
      setMfaEnrolmentHandler(null);
    };
  }, [qc, navigate]);
}
