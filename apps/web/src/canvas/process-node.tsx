import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { ProcessNode as ProcessNodeType } from "./flow-types.js";

/** A process: a labelled box around the sockets that live and die together. */
export const ProcessNode = memo(function ProcessNode({ data }: NodeProps<ProcessNodeType>) {
  const { t } = useTranslation();
  const label = data.declared?.label ?? data.processId;
  return (
    <div className="process-node" data-testid="process-node" data-process-id={data.processId}>
      <div className="process-node__head">
        <span className="process-node__kind">{t("canvas.processLabel")}</span>
        <span className="process-node__label">{label}</span>
      </div>
    </div>
  );
});
