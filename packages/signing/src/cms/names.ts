import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toHex } from '../canonical.js';

/** Short names of the attribute types we write and print (RFC 4514 §3 plus those in Indian DSCs). */
const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.17': 'postalCode',
  '2.5.4.42': 'GN',
  '2.5.4.65': 'pseudonym',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
};
const OIDS = Object.fromEntries(Object.entries(SHORT_NAMES).map(([oid, short]) => [short, oid]));

/** One attribute of a distinguished name, e.g. `['CN', 'रमेश कुमार / Ramesh Kumar']`, most general first. */
export type NameAttribute = readonly [type: string, value: string];

/**
 * A pkijs Name with one RDN per attribute. Pushing several attributes into `typesAndValues` would
 * encode them as a single multi-valued RDN (`CN=a+O=b`), which no CA issues and many verifiers mangle,
 * so the SEQUENCE OF SET is built here and the Name parsed from it.
 */
export function buildName(attributes: readonly NameAttribute[]): pkijs.RelativeDistinguishedNames {
  const rdns = attributes.map(([type, value]) => {
    const oid = OIDS[type] ?? type;
    // Country and serial number are PrintableString by their ASN.1 definitions; the rest UTF8String so
    // Devanagari survives.
    const printable = oid === '2.5.4.6' || oid === '2.5.4.5';
    const typed = printable ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value });
    const atv = new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), typed] });
    return new asn1js.Set({ value: [atv] });
  });
  const der = new asn1js.Sequence({ value: rdns }).toBER();
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(der).result });
}

function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (char) => `\\${char}`)
    .replace(/^[ #]/, (char) => `\\${char}`)
    .replace(/ $/, '\\ ')
    .replace(/\0/g, '\\00');
}

function attributeText(atv: asn1js.AsnType): string {
  if (!(atv instanceof asn1js.Sequence)) return '';
  const [type, value] = atv.valueBlock.value;
  const oid = type instanceof asn1js.ObjectIdentifier ? type.valueBlock.toString() : '';
  const short = SHORT_NAMES[oid];
  const raw: unknown =
    value && 'valueBlock' in value ? (value.valueBlock as unknown as { value?: unknown }).value : undefined;
  const text = typeof raw === 'string' ? raw : undefined;
  // RFC 4514 §2.4: types without a short name, or values that are not strings, go as OID=#hex of the DER.
  if (short && text !== undefined) return `${short}=${escapeValue(text)}`;
  return `${oid}=#${value ? toHex(new Uint8Array(value.toBER())) : ''}`;
}

/** RFC 4514 text of a Name: last RDN first, multi-valued RDNs joined with `+`. */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  const sequence = name.toSchema();
  return sequence.valueBlock.value
    .map((rdn) => (rdn instanceof asn1js.Set ? rdn.valueBlock.value.map(attributeText).join('+') : ''))
    .reverse()
    .join(',');
}
