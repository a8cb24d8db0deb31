import type { NoteContent } from '../src/index.js';

/**
 * A Hindi note whose body uses the precomposed letter U+095E (फ़), CRLF line ends and keys out of order.
 * U+095E is a composition exclusion: NFC turns it into फ + nukta (U+092B U+093C), and so must we.
 */
export const hindiNote: NoteContent = {
  sequence: 3,
  type: 'note',
  id: 'note_01',
  fileId: 'file_01',
  body: '<p>कृपया \u095E\u093E\u0907\u0932 का अवलोकन करें।\r\nआदेशार्थ प्रस्तुत।</p>',
  authorUserId: 'user_01',
  authorPostId: 'post_01',
};

/** The RFC 8785 text expected for `hindiNote`, written out by hand. */
export const hindiNoteJson =
  '{"authorPostId":"post_01","authorUserId":"user_01",' +
  '"body":"<p>कृपया \u092B\u093Cाइल का अवलोकन करें।\\nआदेशार्थ प्रस्तुत।</p>",' +
  '"canonVersion":1,"fileId":"file_01","id":"note_01","sequence":3,"type":"note"}';

/** SHA-256 of `hindiNoteJson` as UTF-8, computed once with node:crypto and fixed here. */
export const hindiNoteDigestHex = 'bd1df4c256c1bf02eeadb5616760511dfc7f0bc39a984422333e9a878a55b63c';
