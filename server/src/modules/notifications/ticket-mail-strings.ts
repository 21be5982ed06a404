import type { Language } from '../accounts/service.ts';

/** Everything a ticket e-mail says, per language of the recipient. */
export interface TicketMailStrings {
  opened: string;
  updated: string;
  statusChangedTo(status: string): string;
  noteAdded: string;
  deleted: string;
  greeting(name: string): string;
  /** One sentence: the ticket, what happened to it, and who did it. */
  summary(kind: TicketMailKind, ticket: string, actor: string): string;
  byUser(name: string): string;
  byApi: string;
  byAutomation: string;
  bySystem: string;
  changes: string;
  details: string;
  empty: string;
  note: string;
  open: string;
  footer: string;
  fields: Record<string, string>;
  statuses: Record<string, string>;
  priorities: Record<string, string>;
  macroStatuses: Record<string, string>;
}

export type TicketMailKind = 'opened' | 'updated' | 'note_added' | 'deleted';

const en: TicketMailStrings = {
  opened: 'opened',
  updated: 'updated',
  statusChangedTo: (status) => `status changed to ${status}`,
  noteAdded: 'note added',
  deleted: 'deleted',
  greeting: (name) => `Hello ${name},`,
  summary: (kind, ticket, actor) =>
    ({
      opened: `Ticket ${ticket} was opened ${actor}.`,
      updated: `Ticket ${ticket} was updated ${actor}.`,
      note_added: `A note was added to ticket ${ticket} ${actor}.`,
      deleted: `Ticket ${ticket} was deleted ${actor}.`,
    })[kind],
  byUser: (name) => `by ${name}`,
  byApi: 'through the API',
  byAutomation: 'by an automation',
  bySystem: 'by Sportello',
  changes: 'What changed',
  details: 'Ticket',
  empty: '(none)',
  note: 'Note',
  open: 'Open the ticket',
  footer: 'You receive this e-mail because ticket e-mails are switched on in your Sportello profile.',
  fields: {
    reference: 'Reference',
    title: 'Title',
    description: 'Description',
    status: 'Status',
    macroStatus: 'Stage',
    priority: 'Priority',
    category: 'Category',
    owner: 'Owner',
    contact: 'Contact',
    notes: 'Notes',
    closedAt: 'Closed at',
  },
  statuses: { open: 'Open', in_progress: 'In progress', waiting: 'Waiting', resolved: 'Resolved', closed: 'Closed' },
  priorities: { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' },
  macroStatuses: { open: 'Open', in_progress: 'In progress', terminated: 'Closed' },
};

const it: TicketMailStrings = {
  opened: 'aperto',
  updated: 'aggiornato',
  statusChangedTo: (status) => `stato cambiato in ${status}`,
  noteAdded: 'nota aggiunta',
  deleted: 'eliminato',
  greeting: (name) => `Ciao ${name},`,
  summary: (kind, ticket, actor) =>
    ({
      opened: `Il ticket ${ticket} è stato aperto ${actor}.`,
      updated: `Il ticket ${ticket} è stato aggiornato ${actor}.`,
      note_added: `Una nota è stata aggiunta al ticket ${ticket} ${actor}.`,
      deleted: `Il ticket ${ticket} è stato eliminato ${actor}.`,
    })[kind],
  byUser: (name) => `da ${name}`,
  byApi: "tramite l'API",
  byAutomation: "da un'automazione",
  bySystem: 'da Sportello',
  changes: 'Cosa è cambiato',
  details: 'Ticket',
  empty: '(nessuno)',
  note: 'Nota',
  open: 'Apri il ticket',
  footer: 'Ricevi questa e-mail perché le e-mail dei ticket sono attive nel tuo profilo Sportello.',
  fields: {
    reference: 'Riferimento',
    title: 'Titolo',
    description: 'Descrizione',
    status: 'Stato',
    macroStatus: 'Fase',
    priority: 'Priorità',
    category: 'Categoria',
    owner: 'Assegnatario',
    contact: 'Contatto',
    notes: 'Note',
    closedAt: 'Chiuso il',
  },
  statuses: { open: 'Aperto', in_progress: 'In lavorazione', waiting: 'In attesa', resolved: 'Risolto', closed: 'Chiuso' },
  priorities: { low: 'Bassa', medium: 'Media', high: 'Alta', urgent: 'Urgente' },
  macroStatuses: { open: 'Aperto', in_progress: 'In lavorazione', terminated: 'Chiuso' },
};

const es: TicketMailStrings = {
  opened: 'abierto',
  updated: 'actualizado',
  statusChangedTo: (status) => `estado cambiado a ${status}`,
  noteAdded: 'nota añadida',
  deleted: 'eliminado',
  greeting: (name) => `Hola ${name}:`,
  summary: (kind, ticket, actor) =>
    ({
      opened: `El ticket ${ticket} fue abierto ${actor}.`,
      updated: `El ticket ${ticket} fue actualizado ${actor}.`,
      note_added: `Se añadió una nota al ticket ${ticket} ${actor}.`,
      deleted: `El ticket ${ticket} fue eliminado ${actor}.`,
    })[kind],
  byUser: (name) => `por ${name}`,
  byApi: 'a través de la API',
  byAutomation: 'por una automatización',
  bySystem: 'por Sportello',
  changes: 'Qué cambió',
  details: 'Ticket',
  empty: '(ninguno)',
  note: 'Nota',
  open: 'Abrir el ticket',
  footer: 'Recibes este correo porque los correos de tickets están activados en tu perfil de Sportello.',
  fields: {
    reference: 'Referencia',
    title: 'Título',
    description: 'Descripción',
    status: 'Estado',
    macroStatus: 'Fase',
    priority: 'Prioridad',
    category: 'Categoría',
    owner: 'Responsable',
    contact: 'Contacto',
    notes: 'Notas',
    closedAt: 'Cerrado el',
  },
  statuses: { open: 'Abierto', in_progress: 'En curso', waiting: 'En espera', resolved: 'Resuelto', closed: 'Cerrado' },
  priorities: { low: 'Baja', medium: 'Media', high: 'Alta', urgent: 'Urgente' },
  macroStatuses: { open: 'Abierto', in_progress: 'En curso', terminated: 'Cerrado' },
};

const byLanguage: Record<Language, TicketMailStrings> = { en, it, es };

export function ticketMailStrings(language: string): TicketMailStrings {
  return byLanguage[language as Language] ?? en;
}
