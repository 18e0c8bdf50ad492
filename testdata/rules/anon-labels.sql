-- PostgreSQL Anonymizer masking rules for the acme fixture, as a team that
-- uses the extension keeps them in its migrations. understudy init
-- --from-security-labels translates each to the closest transformer.
SECURITY LABEL FOR anon ON COLUMN public.customers.phone
  IS 'MASKED WITH FUNCTION anon.partial(phone, 2, $$******$$, 2)';
SECURITY LABEL FOR anon ON COLUMN public.customers.first_name
  IS 'MASKED WITH FUNCTION anon.fake_first_name()';
SECURITY LABEL FOR anon ON COLUMN public.customers.birth_date
  IS 'MASKED WITH VALUE NULL';
SECURITY LABEL FOR anon ON COLUMN public.customers.notes
  IS 'MASKED WITH VALUE ''CONFIDENTIAL''';
SECURITY LABEL FOR anon ON COLUMN public.orders.placed_at
  IS 'MASKED WITH FUNCTION anon.dnoise(placed_at, ''2 weeks'')';
SECURITY LABEL FOR anon ON COLUMN public.order_items.quantity
  IS 'MASKED WITH FUNCTION anon.generalize_int4range(quantity, 10)';
SECURITY LABEL FOR anon ON COLUMN users.email
  IS 'MASKED WITH FUNCTION anon.pseudo_email(email)';
SECURITY LABEL FOR anon ON COLUMN public.no_such_table.x
  IS 'MASKED WITH FUNCTION anon.fake_email()';
