// An integrator's first dozen lines: log in, diarise a receipt, open a file for it, write and
// confirm a note, send the file and read its movements. Run against the sandbox (npm start):
//   node examples/integrator-node/quick-start.mjs
import { createClient } from '@eoffice/sdk';

const client = createClient({
  baseUrl: process.env.EOFFICE_API_URL ?? 'http://localhost:4100/api/v1',
  auth: { username: 'sunita.verma', password: 'Demo@1234' },
});

const receipt = await client.receipts.diarise({
  nature: 'physical',
  subject: 'अर्जित अवकाश स्वीकृति हेतु आवेदन — श्री मुकेश साहू',
  receivedDate: new Date().toISOString().slice(0, 10),
  deliveryMode: 'by_hand',
  sender: { name: 'मुकेश साहू', designation: 'सहायक ग्रेड-2' },
});
const { file } = await client.receipts.putInFile(receipt.id, {
  newFile: {
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/LEAVE/${Date.now()}` },
    nature: 'electronic',
    subject: receipt.subject,
  },
});
const note = await client.notes.create(file.id, {
  paragraphs: [{ html: '<p>विचाराधीन आवती अर्जित अवकाश स्वीकृति के संबंध में है। कृपया अवलोकन कर आदेशार्थ प्रस्तुत।</p>' }],
});
await client.notes.confirm(note.id);
const [undersecretary] = await client.directory.searchRecipients({ q: 'US(ESTT)' }).toArray({ limit: 1 });
await client.files.send(file.id, {
  to: undersecretary.post.id,
  remarks: 'कृपया अवलोकन करें',
  priority: 'immediate',
});

for await (const movement of client.files.movements(file.id)) {
  console.log(
    movement.action,
    movement.from?.markingAbbreviation ?? '—',
    '→',
    movement.to?.markingAbbreviation ?? '—',
    movement.remarks ?? '',
  );
}
