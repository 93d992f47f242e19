/** Texts of the live inspector: messages, frames, event log, manual send, joining (English). */
export const inspect = {
  placeholder: "",
};
