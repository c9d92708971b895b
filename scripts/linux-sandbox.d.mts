export interface SandboxFacts {
  binary: string;
  helper: { path: string; uid: number | null; mode: number | null };
  unprivilegedUsernsClone: string | null;
  maxUserNamespaces: string | null;
  apparmorRestrictsUserns: string | null;
  apparmorProfileAllows: boolean;
  userNamespaceProbe: 'works' | 'fails' | null;
}
export function readSandboxFacts(binary: string): SandboxFacts;
export function sandboxProblem(facts: SandboxFacts): string | null;
