import { createContext, useContext } from 'react';

/**
 * How the dashboard names action and policy ids: the trainer page passes the installed
 * guidance's labels; without them (a test, no pack) the ids themselves are shown.
 */
export interface DashboardLabels {
  action: (id: string) => string;
  policy: (id: string) => string;
}

const ids: DashboardLabels = { action: (id) => id, policy: (id) => id };

export const DashboardLabelsContext = createContext<DashboardLabels>(ids);

export const useDashboardLabels = () => useContext(DashboardLabelsContext);
