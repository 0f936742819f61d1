/** nginx's port for the two-server browser tests; the app servers take the next two, the control server +9. */
export const CLUSTER_PORT = Number(process.env.E2E_MULTI_PORT ?? 3200);
