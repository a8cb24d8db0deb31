// The simulated ESP's page, plain HTML in Hindi and English: what is being signed and where the OTP is.
// Every value is escaped; the page carries no script.

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE =
  'body{font-family:system-ui,"Noto Sans Devanagari",sans-serif;max-inline-size:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}' +
  'dt{font-weight:600}dd{margin:0 0 .75rem;overflow-wrap:anywhere}code{font-size:.9em}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="hi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export interface EspRequestView {
  transactionId: string;
  docInfo: string;
  digestHex: string;
  expiresAt: string;
}

export function requestPage(view: EspRequestView): string {
  return page(
    'ई-हस्ताक्षर — सैंडबॉक्स ESP / eSign — sandbox ESP',
    `<h1>आधार ई-हस्ताक्षर (अनुकरण) <span lang="en">/ Aadhaar eSign (simulated)</span></h1>
<p>यह सैंडबॉक्स का अनुकरणीय ई-हस्ताक्षर सेवा प्रदाता है; कोई वास्तविक आधार प्रमाणीकरण नहीं होता।
<span lang="en">This is the sandbox's simulated eSign service provider; no real Aadhaar authentication takes place.</span></p>
<dl>
<dt>लेन-देन <span lang="en">/ Transaction</span></dt><dd><code>${escapeHtml(view.transactionId)}</code></dd>
<dt>दस्तावेज़ <span lang="en">/ Document</span></dt><dd>${escapeHtml(view.docInfo)}</dd>
<dt>SHA-256</dt><dd><code>${escapeHtml(view.digestHex)}</code></dd>
<dt>समाप्ति <span lang="en">/ Expires</span></dt><dd><time datetime="${escapeHtml(view.expiresAt)}">${escapeHtml(view.expiresAt)}</time></dd>
</dl>
<p>ओटीपी भेज दिया गया है: सैंडबॉक्स में यह सर्वर लॉग में लिखा जाता है। पोर्टल के हस्ताक्षर संवाद में ओटीपी दर्ज करें।
<span lang="en">The OTP has been sent: in the sandbox it is written to the server log. Enter it in the portal's signing dialog.</span></p>`,
  );
}

export function errorPage(message: { hi: string; en: string }): string {
  return page(
    'ई-हस्ताक्षर अनुरोध अमान्य / Invalid eSign request',
    `<h1>ई-हस्ताक्षर अनुरोध अमान्य <span lang="en">/ Invalid eSign request</span></h1>
<p>${escapeHtml(message.hi)} <span lang="en">${escapeHtml(message.en)}</span></p>`,
  );
}
