import {
  INCOMPATIBILITY_REASONS,
  PROTOCOL_VERSION,
  type IncompatibilityReason,
  type SessionHello,
} from "@zmq-playground/shared";

/** Why a hello is refused, in words for the page. */
export interface Refusal {
  readonly reason: IncompatibilityReason;
  readonly message: string;
}

/**
 * Judge a hello before any session is made: the protocol version must match exactly
 * (no half-working mix of builds), and the token must be right when one is needed.
 */
export function judgeHello(
  hello: SessionHello,
  tokenOk: (token: string | undefined) => boolean,
): Refusal | null {
  if (hello.protocolVersion !== PROTOCOL_VERSION) {
    const older = hello.protocolVersion < PROTOCOL_VERSION;
    const advice = older
      ? "Reload the page."
      : "Restart the gateway with the same build as the page.";
    return {
      reason: older ? INCOMPATIBILITY_REASONS.clientTooOld : INCOMPATIBILITY_REASONS.serverTooOld,
      message: `The page speaks protocol ${hello.protocolVersion}, the gateway ${PROTOCOL_VERSION}. ${advice}`,
    };
  }
  if (!tokenOk(hello.token)) {
    return {
      reason: INCOMPATIBILITY_REASONS.forbidden,
      message: "This gateway needs its access token: open the URL it printed, with ?token=.",
    };
  }
  return null;
}

/** The refusal when every session slot is taken. */
export function tooManySessions(max: number): Refusal {
  return {
    reason: INCOMPATIBILITY_REASONS.tooManySessions,
    message: `The gateway already runs ${max} sessions; try again later.`,
  };
}
