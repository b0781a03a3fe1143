// The one call this project makes of picomatch (which ships no types).
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    basename?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
