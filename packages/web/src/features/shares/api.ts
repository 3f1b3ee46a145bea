import { SHARE_PASSCODE_HEADER, type ShareInput } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { downloadFile } from '../data/api';

/** Her share links (never their secrets): create, list with openings, revoke. */
export function useShares() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['shares'] });
  const list = useQuery({
    queryKey: ['shares'],
    queryFn: async () => (await call('GET /shares')).items,
  });
  const create = useMutation({
    mutationFn: async (input: ShareInput) => (await call('POST /shares', { body: input })).share,
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call('DELETE /shares/:id', { params: { id } }),
    onSuccess: refresh,
  });
  return { list, create, revoke };
}

const passcodeHeader = (passcode: string): Record<string, string> =>
  passcode ? { [SHARE_PASSCODE_HEADER]: passcode } : {};

/**
 * The report a share link opens, read with the passcode she gave (if any). Never kept on the device: the
 * clinician's browser is not hers, so there is no offline copy and nothing is retried.
 */
export function useSharedReport(token: string, passcode: string) {
  return useQuery({
    queryKey: ['shared', token, passcode],
    retry: false,
    gcTime: 0,
    refetchOnWindowFocus: false,
    queryFn: () => call('GET /shared/:token', { params: { token }, headers: passcodeHeader(passcode) }),
  });
}

/** The same report as a PDF download. */
export const downloadSharedPdf = (token: string, passcode: string) =>
  downloadFile(
    `/shared/${encodeURIComponent(token)}/report.pdf`,
    'spinekind-report.pdf',
    passcodeHeader(passcode),
  );
