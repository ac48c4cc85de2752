import { SESSION_HINT_COOKIE } from "./session-hint";

/**
 * Runs before the first paint. Sets the theme class, so a dark-mode reader never sees a white flash
 * (stored choice: localStorage "theme" = "light" | "dark" | "system", the default), and copies the
 * signed-in hint cookie to <html data-session>, so the header's CSS shows the account link rather
 * than "Sign in" from the first frame (components/account-link.tsx).
 */
const script = `(function(){try{var c=localStorage.getItem("theme");var d=c==="dark"||((c===null||c==="system")&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}try{var m=/(?:^|;\\s*)${SESSION_HINT_COOKIE}=(learner|instructor)/.exec(document.cookie);if(m)document.documentElement.setAttribute("data-session",m[1]);}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
