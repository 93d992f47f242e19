import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { Canvas } from "./canvas/canvas.js";
import { useShortcuts } from "./canvas/use-shortcuts.js";
import { installClipboard } from "./io/clipboard.js";
import { LessonPanel } from "./lessons/lesson-panel.js";
import { LessonsFrame } from "./lessons/lessons-frame.js";
import { Dialogs } from "./panels/dialogs/dialogs.js";
import { Inspector } from "./panels/inspector/inspector.js";
import { Palette } from "./panels/palette.js";
import { ProblemsPanel } from "./panels/problems-panel.js";
import { ToastView } from "./panels/toast-view.js";
import { Toolbar } from "./panels/toolbar.js";
import { useResolvedTheme } from "./panels/use-theme.js";
import { useAppStoreApi } from "./store/store-context.js";

/** The editor's frame: toolbar on top, lessons, palette, canvas with its problems, inspector. */
export function App() {
  const store = useAppStoreApi();
  const theme = useResolvedTheme();
  useShortcuts();
  useEffect(() => installClipboard(store), [store]);
  return (
    <ReactFlowProvider>
      <LessonsFrame>
        <Toolbar theme={theme} />
        <main className="workspace">
          <LessonPanel />
          <Palette />
          <div className="centre">
            <Canvas colorMode={theme} />
            <ProblemsPanel />
          </div>
          <Inspector />
        </main>
        <Dialogs />
        <ToastView />
      </LessonsFrame>
    </ReactFlowProvider>
  );
}
