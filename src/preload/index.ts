// The preload exposes named functions over the IPC contract; the contract and
// its channels arrive with the workspace issue, so nothing is exposed yet.
export {};
