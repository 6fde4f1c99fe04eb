// A code-split page that can be loaded before React renders: once loaded it renders directly,
// without suspending. (A suspended first render shows the fallback instead of the whole app and
// React then holds the content back for its ~300 ms fallback throttle.)
import { type ComponentType, type JSX, lazy, useState } from 'react';

export interface LazyPage {
  (): JSX.Element;
  preload(): Promise<unknown>;
}

export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  const preload = () => load().then((m) => (loaded = m.default));
  const Lazy = lazy(() => load().then((m) => ((loaded = m.default), m)));
  function Page() {
    // Chosen once per mount: switching from Lazy to the plain component would remount the page.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  Page.preload = preload;
  return Page;
}
