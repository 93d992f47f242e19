import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The gateway serves dist/ on its own port, so asset URLs stay relative to the page.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
