/**
 * Sets the theme class before the first paint, so a dark-mode reader never sees a white flash.
 * Stored choice: localStorage "theme" = "light" | "dark" | "system" (default).
 */
const script = `(function(){try{var c=localStorage.getItem("theme");var d=c==="dark"||((c===null||c==="system")&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
