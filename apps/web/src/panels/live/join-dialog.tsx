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
  return (
    <Modal title={t("inspect.join.dialogTitle")} onClose={onClose} wide>
      <div className="join-dialog" data-testid="join-dialog">
        <p className="join-dialog__intro">{t("inspect.join.intro")}</p>
        <JoinList sockets={bindingSockets(topology)} endpoints={endpoints} showSocket />
      </div>
    </Modal>
  );
}
