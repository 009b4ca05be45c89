/** MapLibre 6 needs WebGL 2; asking for a context before loading it avoids a blank map and an exception. */
export function probeWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Hand the probe's context back at once: browsers allow only a few live contexts per page.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
