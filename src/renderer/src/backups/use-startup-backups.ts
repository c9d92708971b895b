import { useEffect, useState } from 'react';
import type { Backup } from '../../../shared/ipc/data';
import type { StudioClient } from '../client';

/** The backups main kept from last time, asked once when the folder's screen opens. */
export function useStartupBackups(client: StudioClient) {
  const [backups, setBackups] = useState<Backup[]>([]);
  useEffect(() => {
    let current = true;
    void client.backups.list({}).then((result) => {
      if (current && result.ok) setBackups(result.data);
    });
    return () => {
      current = false;
    };
  }, [client]);
  const settle = (path: string) =>
    setBackups((pending) => pending.filter((backup) => backup.path !== path));
  return { backups, settle, later: () => setBackups([]) };
}
