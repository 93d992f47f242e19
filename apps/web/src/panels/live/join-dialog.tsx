import type { Topology } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { Modal } from "../dialogs/modal.js";
import { bindingSockets, JoinList } from "./join-list.js";

/** "Join from your program": every bound endpoint of the running topology, with snippets. */
export function JoinDialog({
  topology,
  endpoints,
  onClose,
}: {
  topology: Topology;
  endpoints: Readonly<Record<string, string>>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // This dialog is the inspector's own, not one of the store's, so the editor's window
  // shortcuts do not know it is open: keep its keys (Escape, Delete, Ctrl+Enter) inside.
  return (
    <div className="join-dialog__keys" onKeyDown={(e) => e.stopPropagation()}>
      <Modal title={t("inspect.join.dialogTitle")} onClose={onClose} wide>
        <div className="join-dialog" data-testid="join-dialog">
          <p className="join-dialog__intro">{t("inspect.join.intro")}</p>
          <JoinList sockets={bindingSockets(topology)} endpoints={endpoints} showSocket />
        </div>
      </Modal>
    </div>
  );
}
