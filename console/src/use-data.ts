import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "./api.ts";

export interface Data<T> {
  data: T | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** GETs `path` (again when it changes, and every `pollMs` when given); keeps the last good answer. */
export function useData<T>(path: string | null, pollMs?: number): Data<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(path);
  current.current = path;
  const reload = useCallback(async () => {
    if (!path) return;
    try {
      const value = await api<T>("GET", path);
      if (current.current === path) {
        setData(value);
        setError(null);
      }
    } catch (caught) {
      if (current.current === path) setError((caught as Error).message);
    }
  }, [path]);
  useEffect(() => {
    void reload();
    if (!pollMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void reload();
    }, pollMs);
    return () => clearInterval(timer);
  }, [reload, pollMs]);
  return { data, error, reload };
}
