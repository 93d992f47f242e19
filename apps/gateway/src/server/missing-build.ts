/** The page served when apps/web/dist does not exist yet: say what to do, in plain words. */
export function missingBuildPage(webRoot: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>zmq-playground: web app not built</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5">
<h1>The web app is not built yet</h1>
<p>The gateway is running, but it found no built web app in <code>${escapeHtml(webRoot)}</code>.</p>
<p>Build it, then reload this page:</p>
<pre>pnpm --filter @zmq-playground/web run build</pre>
<p>or simply stop the gateway and run <code>npm start</code>, which builds it first.</p>
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
