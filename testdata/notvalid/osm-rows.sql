-- A few rows for the OpenStreetMap website schema
-- (../shared/datasets/osm/structure.sql), loaded after it: users, a diary
-- entry, an OAuth application and its tokens, one of them left by a user
-- deleted since (its key, fk_rails_ee63f25419, is NOT VALID in production).
-- The orphan token predates the key: load without its trigger.
SET session_replication_role = replica;
INSERT INTO public.users (id, email, pass_crypt, creation_time, display_name, status)
VALUES (1, 'alice@example.org', 'x', '2020-01-01', 'alice', 'active'),
       (2, 'bob@example.org', 'y', '2020-02-01', 'bob', 'confirmed');
INSERT INTO public.languages (code, english_name) VALUES ('en', 'English');
INSERT INTO public.diary_entries (id, user_id, title, body, created_at, updated_at)
VALUES (1, 1, 'Mapping the river', 'Walked along it.', '2021-01-01', '2021-01-01');
INSERT INTO public.oauth_applications (id, owner_type, owner_id, name, uid, secret, redirect_uri, created_at, updated_at)
VALUES (1, 'User', 1, 'Editor', 'uid-1', 'secret-1', 'https://editor.example.org/callback', '2022-01-01', '2022-01-01');
INSERT INTO public.oauth_access_tokens (id, resource_owner_id, application_id, token, created_at)
VALUES (1, 2, 1, 'token-1', '2023-01-01'),
       (2, 999, 1, 'token-2', '2019-01-01');
SELECT setval('public.users_id_seq', 2), setval('public.diary_entries_id_seq', 1),
       setval('public.oauth_applications_id_seq', 1), setval('public.oauth_access_tokens_id_seq', 2);
