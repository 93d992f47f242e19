import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointNode as EndpointNodeType } from "./flow-types.js";

/** A connect endpoint that no socket of the diagram binds: an outside program's, or not drawn yet. */
export const EndpointNode = memo(function EndpointNode({ data }: NodeProps<EndpointNodeType>) {
  const { t } = useTranslation();
  return (
    <div className="endpoint-node" data-testid="endpoint-node" data-endpoint={data.endpoint}>
      <Handle
        type="target"
        id="in"
        isConnectable={false}
        position={data.side === "left" ? Position.Left : Position.Right}
        className="handle handle--bind"
      />
      <span className="endpoint-node__address">{data.endpoint}</span>
      <span className="endpoint-node__note">{t("canvas.nobodyBinds")}</span>
    </div>
  );
});
