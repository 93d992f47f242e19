import type { AriaLabelConfig } from "@xyflow/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

const DIRECTIONS = ["up", "down", "left", "right"] as const;
const isDirection = (d: string): d is (typeof DIRECTIONS)[number] =>
  DIRECTIONS.some((known) => known === d);

/** React Flow's screen-reader texts and control names, from the i18n resource. */
export function useAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      "node.a11yDescription.default": t("flow.nodeHelp"),
      "node.a11yDescription.keyboardDisabled": t("flow.nodeHelpNoKeyboard"),
      "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }) =>
        t("flow.moved", {
          direction: isDirection(direction) ? t(`flow.directions.${direction}`) : direction,
          x,
          y,
        }),
      "edge.a11yDescription.default": t("flow.edgeHelp"),
      "controls.ariaLabel": t("flow.controls"),
      "controls.zoomIn.ariaLabel": t("flow.zoomIn"),
      "controls.zoomOut.ariaLabel": t("flow.zoomOut"),
      "controls.fitView.ariaLabel": t("flow.fitView"),
      "controls.interactive.ariaLabel": t("flow.interactive"),
      "minimap.ariaLabel": t("flow.minimap"),
      "handle.ariaLabel": t("flow.handle"),
    }),
    [t],
  );
}
