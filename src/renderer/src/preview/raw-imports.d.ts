// Vite's `?raw` suffix imports a file's text.
declare module '*.css?raw' {
  const text: string;
  export default text;
}
