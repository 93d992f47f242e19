/** Texts of code export, the JSON Schema link, recording and replay (English). */
export const exportUi = {
  menu: {
    codePython: "Code (Python)",
    codeNode: "Code (Node)",
    schema: "JSON Schema for topology files",
  },
  code: {
    title: "{{language}} programs for \u201c{{title}}\u201d",
    languages: { python: "Python", node: "Node.js" },
    help: {
      python:
        "One pyzmq program per process, written like the tutorials\u2019 examples. The README says what each one does and in which order to start them.",
      node: "One zeromq.js 6 program per process, plus a package.json. The README says what each one does and in which order to start them.",
    },
    files: "Files",
    lines_one: "{{count}} line",
    lines_other: "{{count}} lines",
    copy: "Copy",
    copyHint: "Copy {{file}} to the clipboard",
    copied: "Copied",
    copyFailed: "The browser refused: the text is selected, press Ctrl+C",
    download: "Download zip",
    downloadHint: "Every file in one .zip, in a folder named after the topology",
    hasErrors:
      "This topology has errors: the programs follow it as written and may fail. The Problems panel says what to fix.",
  },
  record: {
    start: "Record",
    startHint:
      "Record what this run shows (counters, link states, messages) to replay it later, even without a gateway",
    stop: "Stop recording",
    stopHint: "Stop and save the recording as a .zmqrec.json file",
    save: "Save recording",
    elapsed: "{{time}}",
    ended: {
      duration: "The recording reached its limit of {{minutes}} minutes and stopped.",
      frames: "The recording holds as many updates as a recording may, and stopped.",
      size: "The recording reached its size limit ({{megabytes}} MB) and stopped.",
      "run-ended": "The run ended; the recording keeps its last counters.",
      edited:
        "The topology was changed while running, so the recording stopped (a recording keeps one topology).",
    },
  },
  replay: {
    banner: "Replaying a recording \u2014 editing is off",
    exit: "Exit replay",
    exitHint: "Back to your own topology",
    bar: "Replay controls",
    play: "Play",
    pause: "Pause",
    position: "Position in the recording",
    speed: "Replay speed",
    speedOption: "{{factor}}\u00d7",
    time: "{{elapsed}} / {{total}}",
    copyLink: "Copy link",
    copyLinkHint: "A link that opens this recording: it carries the whole recording",
    linkCopied: "Link copied",
    linkInAddressBar: "The browser refused the clipboard: the link is now in the address bar.",
    linkTooBig:
      "Too big for a link. Put the .zmqrec.json file on a web server and open this page with #rec= and its address.",
    recordedAt: "recorded {{date}}",
  },
  open: {
    linked: "the linked recording",
    fetchFailed: "The recording at {{url}} could not be downloaded ({{reason}}).",
    badUrl: "A recording link may point to an https:// address or to this site, not to {{url}}.",
    damaged: "The recording in this link is damaged and could not be read.",
  },
};
