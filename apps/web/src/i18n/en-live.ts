/** Texts of the live run: controls, counters, link states, connection (English). */
export const live = {
  placeholder: "",
};
