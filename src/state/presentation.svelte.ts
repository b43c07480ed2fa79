// Presentation mode for trainers: large type, editing controls hidden, app-wide. It is a class
// on <html> (styled in ui/shell/PresentToggle.svelte), kept for the browser tab's session
// (sessionStorage: a reload keeps it, a new tab starts normal). Alt+P toggles, Esc leaves.
const KEY = 'reportbench.presentation';

export class PresentationState {
  on = $state(false);

  start() {
    if (typeof window === 'undefined') return;
    this.#apply(sessionStorage.getItem(KEY) === '1');
    window.addEventListener('keydown', this.#onKey);
  }

  toggle = () => this.#apply(!this.on);

  #apply(on: boolean) {
    this.on = on;
    document.documentElement.classList.toggle('presenting', on);
    if (on) sessionStorage.setItem(KEY, '1');
    else sessionStorage.removeItem(KEY);
  }

  #onKey = (e: KeyboardEvent) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
      e.preventDefault();
      this.toggle();
    } else if (e.key === 'Escape' && this.on && !e.defaultPrevented) {
      // Esc first closes whatever popup has focus; only a plain Esc leaves the mode.
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select, [role="dialog"], [role="listbox"]')) return;
      this.#apply(false);
    }
  };
}

export const presentation = new PresentationState();
