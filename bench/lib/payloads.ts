import { serializeLikeMeta, signHubSignature } from '../../server/src/lib/hub-signature.ts';

export type PostedStatus = 'sent' | 'delivered' | 'read';

/** An outbound message seeded in the database, which status webhooks will speak about. */
export interface SeededMessage {
  id: string;
  waMessageId: string;
  /** The customer's WhatsApp id (digits). */
  recipient: string;
}

export interface BenchChannel {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  appSecret: string;
}

/** One signed delivery, with what the benchmark expects the server to make of it. */
export interface BenchBody {
  body: string;
  signature: string;
  kind: 'message' | 'status';
  waMessageId: string;
  status?: PostedStatus;
}

export interface BuildOptions {
  /** Webhooks to build (warm-up and measured together). */
  total: number;
  /** Share of inbound messages; the rest are status updates. */
  messageShare: number;
  seeded: SeededMessage[];
  channel: BenchChannel;
  /** Distinct customers who write in; the first `knownCustomers` are the seeded contacts. */
  customers: number;
  knownCustomers: number;
  /** Makes the inbound wamids of this run unique. */
  runTag: string;
  seed: number;
}

/** A small deterministic PRNG (mulberry32), so that two runs post the same mix in the same order. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded contacts' phones are +39 333 nnnnnnn; new customers write from +39 334 nnnnnnn. */
export function customerWaId(index: number, knownCustomers: number): string {
  return index < knownCustomers ? `39333${String(index).padStart(7, '0')}` : `39334${String(index).padStart(7, '0')}`;
}

const TEXTS = [
  'Does it come in another color?',
  'Buongiorno, è già partito il mio ordine?',
  '¿Tienen envío a Málaga esta semana?',
  'Grazie mille! 🙏',
  'Hi, I would like to change the delivery address of order 48213.',
  'Perfetto, a che ora aprite domani?',
  'Can I pay on delivery?',
  'Vorrei parlare con un operatore, per favore.',
];

const FIRST_NAMES = ['Giulia', 'Marco', 'Lucía', 'Sheena', 'Andrea', 'Chiara', 'José', 'Francesca', 'Luca', 'Sofía'];

function wamid(text: string): string {
  return `wamid.${Buffer.from(text).toString('base64')}`;
}

function envelope(channel: BenchChannel, value: Record<string, unknown>): unknown {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: channel.wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: channel.displayPhoneNumber, phone_number_id: channel.phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

function inboundText(channel: BenchChannel, input: { waId: string; name: string; id: string; timestamp: number; text: string }): unknown {
  return envelope(channel, {
    contacts: [{ profile: { name: input.name }, wa_id: input.waId }],
    messages: [{ from: input.waId, id: input.id, timestamp: String(input.timestamp), type: 'text', text: { body: input.text } }],
  });
}

function statusUpdate(channel: BenchChannel, message: SeededMessage, status: PostedStatus, timestamp: number): unknown {
  const pricing = { billable: true, pricing_model: 'PMP', type: 'regular', category: 'utility' };
  return envelope(channel, {
    statuses: [
      {
        id: message.waMessageId,
        status,
        timestamp: String(timestamp),
        recipient_id: message.recipient,
        biz_opaque_callback_data: message.id,
        ...(status === 'read' ? {} : { pricing }),
      },
    ],
  });
}

/**
 * The webhooks of a run, in the order they are posted. Inbound messages are
 * spread evenly; each seeded message gets sent, delivered and read in that
 * order, some distance apart, as Meta sends them (concurrency still lets
 * them overtake each other at the server).
 */
export function buildBodies(options: BuildOptions): BenchBody[] {
  const random = prng(options.seed);
  const messageCount = Math.round(options.total * options.messageShare);
  const statusCount = options.total - messageCount;
  const triples = Math.ceil(statusCount / 3);
  if (statusCount > 0 && options.seeded.length === 0) throw new Error('status webhooks need seeded messages');
  // Every timestamp lies in the recent past, as on a live number.
  const now = Math.floor(Date.now() / 1000) - 60;
  const keyed: Array<{ key: number; item: BenchBody }> = [];
  const sign = (payload: unknown) => {
    const body = serializeLikeMeta(payload);
    return { body, signature: signHubSignature(body, options.channel.appSecret) };
  };

  // A stride coprime with the pool visits every customer before any writes twice.
  const stride = coprimeStride(options.customers);
  for (let k = 0; k < messageCount; k += 1) {
    const customer = (k * stride) % options.customers;
    const waId = customerWaId(customer, options.knownCustomers);
    const id = wamid(`bench.${options.runTag}.in.${k}`);
    const name = `${FIRST_NAMES[customer % FIRST_NAMES.length]} ${customer}`;
    const text = TEXTS[k % TEXTS.length]!;
    keyed.push({ key: random(), item: { ...sign(inboundText(options.channel, { waId, name, id, timestamp: now - Math.ceil(messageCount / 50) + Math.floor(k / 50), text })), kind: 'message', waMessageId: id } });
  }

  const stages: PostedStatus[] = ['sent', 'delivered', 'read'];
  let made = 0;
  for (let t = 0; t < triples && made < statusCount; t += 1) {
    const message = options.seeded[t % options.seeded.length]!;
    const base = (t / triples) * 0.75;
    for (let s = 0; s < 3 && made < statusCount; s += 1, made += 1) {
      const status = stages[s]!;
      const item = { ...sign(statusUpdate(options.channel, message, status, now - triples - 10 + t + s * 5)), kind: 'status' as const, waMessageId: message.waMessageId, status };
      keyed.push({ key: base + s * 0.1 + random() * 0.05, item });
    }
  }
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map((k) => k.item);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function coprimeStride(n: number): number {
  if (n <= 2) return 1;
  let stride = 7919 % n || 1;
  while (gcd(stride, n) !== 1) stride += 1;
  return stride;
}
