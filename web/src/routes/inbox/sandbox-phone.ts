/**
 * The sandbox's phone page, where a person writes to the business as a
 * customer (server/src/sandbox, served at /sandbox/phone). With a contact it
 * opens as that customer: `from` and `name` prefill the page.
 */
export function sandboxPhoneUrl(customer?: { phone: string; name: string | null }): string {
  if (!customer) return '/sandbox/phone';
  const query = new URLSearchParams({ from: customer.phone });
  if (customer.name) query.set('name', customer.name);
  return `/sandbox/phone?${query.toString()}`;
}
