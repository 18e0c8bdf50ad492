-- classify-eval fixture (HOLDOUT 40: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of a Mobilizon 4 instance (Framasoft's federated events and
-- groups platform, Elixir/Phoenix) on PostgreSQL, in the naming its Ecto
-- migrations create: plural snake_case tables, bigserial keys and uuid keys
-- where Mobilizon uses them, inserted_at/updated_at timestamps without time
-- zone, varchar(255) strings, jsonb embeds, ActivityPub URLs on every
-- federated row. Enums are varchar here and PostGIS's geometry is kept as
-- WKT text ("POINT(lon lat)"), since the fixtures use no extensions.
-- "agenda.rivesverte.example", the instance of Rives Vertes, a network of
-- neighbourhood associations around Lyon: 140 local users, each with a
-- person profile (display names of several cultures, pseudonyms), 60
-- remote people of other Mobilizon servers and Mastodon, 40 groups (repair
-- cafés, choirs, a food co-op, a climbing club, a tenants' union), the
-- instance relay and the anonymous-participation actor.
-- users hold emails, Argon2id hashes, confirmation and reset tokens,
-- sign-in IPs and the OAuth provider; user_settings a home location as
-- JSON with a geohash. actors hold handles, display names, HTML bios that
-- sometimes give a phone or an email, avatars whose file names name people,
-- PEM RSA private keys of local actors (public keys of remote ones), and
-- ActivityPub URLs built from the username; groups' collection URLs hold
-- nothing personal. Events have HTML descriptions, an organizer's phone,
-- online meeting links with passcodes, options naming speakers and
-- metadata with organizers' social handles; addresses are public venues
-- and, for garden parties and house concerts, someone's home. Anonymous
-- participants' metadata keeps their email, cancellation token and message
-- to the organizer. Comments, posts, discussions, todo lists, resources
-- (share links, folder paths naming volunteers), media file names,
-- reports, moderators' notes, the admin action log's changes, feed tokens,
-- Web Push subscriptions, OAuth applications, tokens and device codes,
-- the group activity stream's parameters, private conversations, bots
-- importing private calendars, instance settings with the admin's contact
-- details, Oban jobs whose args and errors carry emails and ActivityPub
-- payloads, the event search tsvectors, one conference's sessions (speakers
-- and their bios) and tracks. Tags, categories, slugs, instance domains and statistics,
-- activity settings and the migrations table hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA mgen;

-- tok: URL-safe unpadded base64 of len random-looking bytes (Mobilizon's
-- Crypto.random_string: Base.url_encode64 of strong_rand_bytes).
CREATE FUNCTION mgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;

-- sb64: standard base64 without padding, as in PHC hash strings.
CREATE FUNCTION mgen.sb64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(fixture_gen.b64(tag, i, len), '=') $$;

-- argon: an Argon2id hash in the PHC format argon2_elixir writes.
CREATE FUNCTION mgen.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$argon2id' || '$v=19$m=131072,t=8,p=4$' || mgen.sb64(tag || 's', i, 16) || '$' || mgen.sb64(tag || 'h', i, 32)
$$;

-- pem: a PEM block of nbytes random-looking bytes after a DER prefix, in
-- 64-character lines; the armour is assembled so no line looks like a key.
CREATE FUNCTION mgen.pem(label text, prefix text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----' || 'BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(prefix || translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b), 1, nbytes), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----' || 'END ' || label || '-----'
  FROM generate_series(1, (nbytes + 63) / 64) b
$$;

CREATE FUNCTION mgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 4) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

-- at: a timestamp(0) between 2021-03-01 and the snapshot (2024-09-30).
CREATE FUNCTION mgen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamp '2021-03-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 112000000))
$$;

CREATE FUNCTION mgen.ht(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') $$;

-- slugify: lower-case ASCII words joined by dashes.
CREATE FUNCTION mgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçıÁÉÍÓÚÖÜÇ''', 'aeiouaeiouaeiouaeiouaonciAEIOUOUC-')), '[^a-z0-9]+', '-', 'g'))
$$;

-- Actors: 1-140 local people (the users' profiles), 141-200 remote people,
-- 201-240 groups (201-230 local), 241 the relay, 242 the anonymous actor.
CREATE TABLE mgen.a AS
SELECT i,
       CASE WHEN i <= 200 THEN 'Person' WHEN i <= 240 THEN 'Group' WHEN i = 241 THEN 'Application' ELSE 'Person' END AS type,
       (i <= 140 OR i BETWEEN 201 AND 230 OR i >= 241) AS local,
       fixture_gen.first_name('mfn', i) AS first, fixture_gen.last_name('mln', i) AS last,
       NULL::text AS domain, NULL::text AS uname, NULL::text AS dname, NULL::text AS base, NULL::text AS email, NULL::text AS phone
FROM generate_series(1, 242) i;
UPDATE mgen.a SET
    domain = CASE WHEN local THEN NULL
      ELSE fixture_gen.pick(ARRAY['mobilizon.fr', 'mobilize.berlin', 'keskonfai.fr', 'mobilizon.it', 'events.coop.example', 'mastodon.social', 'framapiaf.org', 'eventribe.ch.example'], 'mdom', i) END,
    uname = CASE WHEN type = 'Person' AND i <= 200 THEN
        CASE fixture_gen.n('mus', i, 6)
          WHEN 0 THEN fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last)
          WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last)
          WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
          WHEN 3 THEN fixture_gen.ascii(first) || (10 + fixture_gen.n('musd', i, 89))::text
          WHEN 4 THEN fixture_gen.ascii(first) || '_' || lower(substr(fixture_gen.ascii(last), 1, 1))
          ELSE fixture_gen.pick(ARRAY['velorouge', 'la_bricoleuse', 'jardinier69', 'choucroute', 'tisseuse', 'pedalo', 'grainedesel', 'rhonemouette'], 'mps', i) || (i % 7)::text END
      ELSE NULL END,
    email = CASE WHEN i <= 140 THEN fixture_gen.ascii(first) || CASE WHEN i % 3 = 0 THEN '.' WHEN i % 3 = 1 THEN '' ELSE '_' END || fixture_gen.ascii(last)
        || CASE WHEN i % 4 = 0 THEN (i % 100)::text ELSE '' END || '@' || fixture_gen.pick(ARRAY['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'proton.me', 'outlook.fr', 'posteo.de', 'riseup.net', 'univ-lyon2.fr', 'gmx.de'], 'memd', i) ELSE NULL END,
    phone = fixture_gen.phone('mph', i);
UPDATE mgen.a SET dname = CASE fixture_gen.n('mdn', i, 5)
      WHEN 0 THEN first || ' ' || last WHEN 1 THEN first || ' ' || last WHEN 2 THEN first || ' ' || substr(last, 1, 1) || '.'
      WHEN 3 THEN first ELSE initcap(replace(uname, '_', ' ')) END
  WHERE type = 'Person' AND i <= 200;
UPDATE mgen.a SET (uname, dname) = (g.u, g.d)
FROM (SELECT 200 + k AS gi, u, d FROM unnest(ARRAY[
  'repaircafe_croixrousse', 'chorale_les_pentes', 'coop_la_cagette', 'grimpe_gerland', 'locataires_guillotiere', 'velo_ecole_villeurbanne', 'jardin_des_canuts',
  'cine_club_monplaisir', 'zero_dechet_lyon', 'tricot_the', 'hackerspace_lyon', 'amap_vaise', 'parents_ecole_berthelot', 'club_echecs_part_dieu',
  'marche_nordique_tassin', 'fablab_oullins', 'collectif_climat_lyon', 'bibliotheque_de_rue', 'danse_africaine_lyon8', 'cafe_langues_terreaux',
  'ressourcerie_bron', 'atelier_couture_venissieux', 'photo_club_confluence', 'randos_monts_dor', 'jeux_de_societe_lyon', 'soutien_scolaire_duchere',
  'conversation_francais', 'compost_quartier_moulin', 'accueil_refugies_lyon', 'rives_vertes',
  'critical_mass_berlin', 'repair_cafe_torino', 'okf_bretagne', 'tiers_lieu_grenoble', 'lowtech_lab_nantes', 'zwerfafval_utrecht',
  'kollektiv_garten_wien', 'quartiers_libres_bruxelles', 'cyclistes_geneve', 'fsfe_lyon'], ARRAY[
  'Repair Café Croix-Rousse', 'Chorale Les Pentes', 'Coop La Cagette', 'Grimpe Gerland', 'Union des locataires de la Guillotière', 'Vélo-école Villeurbanne', 'Jardin partagé des Canuts',
  'Ciné-club Monplaisir', 'Zéro Déchet Lyon', 'Tricot & thé', 'Hackerspace Lyon', 'AMAP de Vaise', 'Parents d''élèves Berthelot', 'Club d''échecs Part-Dieu',
  'Marche nordique Tassin', 'FabLab Oullins', 'Collectif Climat Lyon', 'Bibliothèque de rue', 'Danse africaine Lyon 8', 'Café des langues Terreaux',
  'Ressourcerie de Bron', 'Atelier couture Vénissieux', 'Photo-club Confluence', 'Randos des Monts d''Or', 'Jeux de société Lyon', 'Soutien scolaire La Duchère',
  'Conversation en français', 'Compost du quartier Moulin', 'Accueil réfugiés Lyon', 'Rives Vertes',
  'Critical Mass Berlin', 'Repair Café Torino', 'Open Knowledge Bretagne', 'Tiers-lieu Grenoble', 'Low-tech Lab Nantes', 'Zwerfafval Utrecht',
  'Kollektiv Garten Wien', 'Quartiers libres Bruxelles', 'Cyclistes de Genève', 'FSFE Lyon']) WITH ORDINALITY AS t(u, d, k)) g
WHERE mgen.a.i = g.gi;
UPDATE mgen.a SET domain = (ARRAY['mobilize.berlin', 'mobilizon.it', 'mobilizon.fr', 'mobilizon.fr', 'mobilizon.fr', 'mobilizon.nl.example', 'mobilizon.at.example', 'mobilizon.be.example', 'eventribe.ch.example', 'mobilizon.fr'])[i - 230]
  WHERE i BETWEEN 231 AND 240;
UPDATE mgen.a SET uname = 'relay', dname = 'Rives Vertes' WHERE i = 241;
UPDATE mgen.a SET uname = 'anonymous', dname = 'Anonymous participant' WHERE i = 242;
UPDATE mgen.a SET base = CASE
    WHEN domain IS NULL AND i = 241 THEN 'https://agenda.rivesverte.example/relay'
    WHEN domain IS NULL THEN 'https://agenda.rivesverte.example/@' || uname
    WHEN domain IN ('mastodon.social', 'framapiaf.org') THEN 'https://' || domain || '/users/' || uname
    ELSE 'https://' || domain || '/@' || uname END;

-- ---------------------------------------------------------------- users
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(255),
    password_hash varchar(255),
    role varchar(255) NOT NULL DEFAULT 'user',
    confirmed_at timestamp(0),
    confirmation_sent_at timestamp(0),
    confirmation_token varchar(255),
    reset_password_sent_at timestamp(0),
    reset_password_token varchar(255),
    locale varchar(255) DEFAULT 'en',
    default_actor_id bigint,
    disabled boolean NOT NULL DEFAULT false,
    unconfirmed_email varchar(255),
    last_sign_in_at timestamp(0),
    last_sign_in_ip varchar(255),
    current_sign_in_at timestamp(0),
    current_sign_in_ip varchar(255),
    provider varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO users (id, email, password_hash, role, confirmed_at, confirmation_sent_at, confirmation_token, reset_password_sent_at, reset_password_token,
    locale, default_actor_id, disabled, unconfirmed_email, last_sign_in_at, last_sign_in_ip, current_sign_in_at, current_sign_in_ip, provider, inserted_at, updated_at)
SELECT i, a.email,
    CASE WHEN i % 11 = 4 THEN NULL ELSE mgen.argon('mpw', i) END,
    CASE WHEN i = 1 THEN 'administrator' WHEN i IN (2, 3, 17) THEN 'moderator' ELSE 'user' END,
    CASE WHEN i % 23 = 9 THEN NULL ELSE ins + interval '7 minutes' END,
    ins,
    CASE WHEN i % 23 = 9 THEN mgen.tok('mct', i, 30) ELSE NULL END,
    CASE WHEN i % 9 = 2 THEN ins + interval '200 days' ELSE NULL END,
    CASE WHEN i % 18 = 2 THEN mgen.tok('mrt', i, 30) ELSE NULL END,
    fixture_gen.pick(ARRAY['fr', 'fr', 'fr', 'en', 'en', 'de', 'it', 'es', 'ar', 'pt', 'nl', 'oc'], 'mloc', i),
    i, i % 47 = 13,
    CASE WHEN i % 16 = 5 THEN fixture_gen.email('memu', i) ELSE NULL END,
    CASE WHEN i % 23 = 9 THEN NULL ELSE ins + interval '100 days' + make_interval(secs => fixture_gen.n('mls', i, 20000000)) END,
    CASE WHEN i % 23 = 9 THEN NULL ELSE mgen.ip('mlip', i) END,
    CASE WHEN i % 23 = 9 THEN NULL ELSE ins + interval '330 days' + make_interval(secs => fixture_gen.n('mcs', i, 20000000)) END,
    CASE WHEN i % 23 = 9 THEN NULL WHEN i % 3 = 0 THEN mgen.ip('mlip', i) ELSE mgen.ip('mcip', i) END,
    CASE WHEN i % 11 = 4 THEN fixture_gen.pick(ARRAY['keycloak', 'google', 'gitlab'], 'mprov', i) ELSE NULL END,
    ins, ins + make_interval(secs => fixture_gen.n('mup', i, 40000000))
FROM mgen.a a, LATERAL (SELECT timestamp '2021-03-01 09:00:00' + make_interval(secs => (i - 1) * 600000 + fixture_gen.n('mins', i, 86400)) AS ins) t
WHERE a.i <= 140;

CREATE TABLE user_settings (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    timezone varchar(255),
    notification_on_day boolean DEFAULT true,
    notification_each_week boolean DEFAULT false,
    notification_before_event boolean DEFAULT false,
    notification_pending_participation varchar(255) DEFAULT 'one_day',
    notification_pending_membership varchar(255) DEFAULT 'one_day',
    group_notifications varchar(255) DEFAULT 'one_day',
    last_notification_sent timestamp(0),
    location jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO user_settings (user_id, timezone, notification_on_day, notification_each_week, notification_before_event, notification_pending_participation,
    notification_pending_membership, group_notifications, last_notification_sent, location, inserted_at, updated_at)
SELECT u.id, fixture_gen.pick(ARRAY['Europe/Paris', 'Europe/Paris', 'Europe/Paris', 'Europe/Berlin', 'Africa/Casablanca', 'Europe/Rome', 'America/Montreal'], 'mtz', u.id),
    u.id % 4 <> 1, u.id % 5 = 0, u.id % 3 = 0,
    fixture_gen.pick(ARRAY['none', 'direct', 'one_hour', 'one_day', 'one_week'], 'mnpp', u.id),
    fixture_gen.pick(ARRAY['none', 'direct', 'one_day'], 'mnpm', u.id),
    fixture_gen.pick(ARRAY['none', 'direct', 'one_hour', 'one_day', 'one_week'], 'mgn', u.id),
    CASE WHEN u.id % 3 = 0 THEN timestamp '2024-09-20 07:00:00' + make_interval(secs => fixture_gen.n('mlns', u.id, 800000)) ELSE NULL END,
    CASE WHEN u.id % 4 = 3 THEN NULL ELSE jsonb_build_object('name', l.name, 'range', (ARRAY[5, 10, 25, 50])[1 + u.id % 4], 'geohash', l.gh || fixture_gen.chars('mgh', u.id, 5, '0123456789bcdefghjkmnpqrstuvwxyz')) END,
    u.inserted_at, u.updated_at
FROM users u, LATERAL (SELECT (ARRAY['Lyon 1er Arrondissement', 'Lyon 4e Arrondissement', 'Lyon 7e Arrondissement', 'Villeurbanne', 'Vénissieux', 'Oullins', 'Bron', 'Caluire-et-Cuire', 'Tassin-la-Demi-Lune', 'Écully'])[1 + fixture_gen.n('mlcn', u.id, 10)] AS name,
                          'u05k' AS gh) l
WHERE u.id % 10 <> 7;

-- ---------------------------------------------------------------- addresses
-- 1-60 public venues; 61-80 people's homes (garden parties, house
-- concerts, a tenants' meeting in a flat); 81-100 groups' addresses.
CREATE TABLE addresses (
    id bigserial PRIMARY KEY,
    description varchar(255),
    geom text,
    floor varchar(255),
    country varchar(255),
    locality varchar(255),
    region varchar(255),
    postal_code varchar(255),
    street varchar(255),
    url varchar(255) NOT NULL,
    origin_id varchar(255),
    timezone varchar(255),
    type varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO addresses (id, description, geom, floor, country, locality, region, postal_code, street, url, origin_id, timezone, type, inserted_at, updated_at)
SELECT k,
    CASE WHEN k <= 60 THEN (ARRAY['MJC Croix-Rousse', 'Maison des associations Lyon 7', 'Salle des fêtes de Vaise', 'Bibliothèque municipale de la Part-Dieu', 'Parc de la Tête d''Or, entrée des Enfants du Rhône',
            'Le Périscope', 'Café associatif La Luttine', 'Centre social Bonnefoi', 'Gymnase Jean Jaurès', 'Péniche Loupika', 'La Cordée', 'Halle Tony Garnier, salle 3',
            'Jardin des Chartreux', 'L''Atelier Soudé', 'Maison de quartier des Brotteaux'])[1 + (k - 1) % 15]
         WHEN k <= 80 THEN 'Chez ' || fixture_gen.full_name('mhost', k)
         ELSE 'Local de l''association' END,
    'POINT(' || round((4.80 + fixture_gen.n('mlon', k, 1200) / 10000.0)::numeric, 6) || ' ' || round((45.70 + fixture_gen.n('mlat', k, 900) / 10000.0)::numeric, 6) || ')',
    CASE WHEN k BETWEEN 61 AND 80 AND k % 2 = 0 THEN (1 + k % 6)::text || 'e étage, code ' || fixture_gen.digits('mdig', k, 4) || 'B' ELSE NULL END,
    CASE WHEN k % 29 = 5 THEN 'Suisse' ELSE 'France' END,
    fixture_gen.pick(ARRAY['Lyon', 'Lyon', 'Lyon', 'Villeurbanne', 'Vénissieux', 'Oullins', 'Bron', 'Caluire-et-Cuire', 'Écully', 'Saint-Fons'], 'mcity', k),
    'Auvergne-Rhône-Alpes',
    '69' || lpad((1 + fixture_gen.n('mpc', k, 9) * 10)::text, 3, '0'),
    CASE WHEN k BETWEEN 61 AND 80 THEN (1 + fixture_gen.n('mhn', k, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue des Lilas', 'rue Paul Bert', 'montée de la Grande Côte', 'rue Dumenge', 'avenue Berthelot', 'cours Tolstoï'], 'mhst', k)
         ELSE (1 + fixture_gen.n('mvn', k, 120))::text || ' ' || fixture_gen.pick(ARRAY['rue de la République', 'place Sathonay', 'quai Rambaud', 'boulevard de la Croix-Rousse', 'rue Garibaldi', 'avenue Jean Jaurès', 'rue Marietton'], 'mvst', k) END,
    'https://agenda.rivesverte.example/address/' || fixture_gen.uuid('maddr', k),
    CASE WHEN k % 3 = 0 THEN 'nominatim:' || (100000000 + fixture_gen.n('mosm', k, 900000000))::text
         WHEN k % 3 = 1 THEN 'addok:69' || fixture_gen.digits('mban', k, 3) || '_' || fixture_gen.digits('mban2', k, 4) ELSE NULL END,
    'Europe/Paris',
    CASE WHEN k BETWEEN 61 AND 80 THEN 'house' WHEN k % 4 = 0 THEN 'street' ELSE 'poi' END,
    mgen.at('mains', k), mgen.at('mains', k) + interval '3 days'
FROM generate_series(1, 100) k;

-- ---------------------------------------------------------------- actors
CREATE TABLE actors (
    id bigserial PRIMARY KEY,
    url varchar(255) NOT NULL,
    outbox_url varchar(255),
    inbox_url varchar(255),
    following_url varchar(255),
    followers_url varchar(255),
    shared_inbox_url varchar(255),
    type varchar(255) NOT NULL DEFAULT 'Person',
    name varchar(255),
    domain varchar(255),
    summary text,
    preferred_username varchar(255) NOT NULL,
    keys text,
    manually_approves_followers boolean DEFAULT false,
    suspended boolean NOT NULL DEFAULT false,
    avatar jsonb,
    banner jsonb,
    user_id bigint REFERENCES users(id) ON DELETE CASCADE,
    physical_address_id bigint REFERENCES addresses(id) ON DELETE SET NULL,
    visibility varchar(255) DEFAULT 'private',
    openness varchar(255) DEFAULT 'moderated',
    members_url varchar(255),
    resources_url varchar(255),
    posts_url varchar(255),
    events_url varchar(255),
    todos_url varchar(255),
    discussions_url varchar(255),
    last_refreshed_at timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO actors (id, url, outbox_url, inbox_url, following_url, followers_url, shared_inbox_url, type, name, domain, summary, preferred_username, keys,
    manually_approves_followers, suspended, avatar, banner, user_id, physical_address_id, visibility, openness, members_url, resources_url, posts_url, events_url,
    todos_url, discussions_url, last_refreshed_at, inserted_at, updated_at)
SELECT a.i, a.base,
    CASE WHEN a.i = 242 THEN NULL ELSE a.base || '/outbox' END,
    a.base || '/inbox',
    CASE WHEN a.i = 242 THEN NULL ELSE a.base || '/following' END,
    CASE WHEN a.i = 242 THEN NULL ELSE a.base || '/followers' END,
    CASE WHEN a.domain IS NULL THEN 'https://agenda.rivesverte.example/inbox' ELSE 'https://' || a.domain || '/inbox' END,
    a.type, a.dname, a.domain,
    CASE
      WHEN a.i >= 241 THEN CASE WHEN a.i = 241 THEN 'Acteur interne de l''instance Rives Vertes, utilisé pour la fédération.' ELSE NULL END
      WHEN a.type = 'Group' THEN '<p>' || mgen.ht(a.dname) || ' : ' || (ARRAY[
          'on se retrouve chaque mois pour réparer ensemble grille-pains, vélos et ordinateurs. Gratuit, ouvert à toutes et tous.',
          'rencontres, ateliers et sorties. Adhésion à prix libre.',
          'nous défendons les droits des locataires du quartier. Permanence le mardi soir.',
          'a friendly group, everyone welcome, no experience needed.',
          'groupe ouvert, renseignements auprès de ' || fixture_gen.full_name('mgc', a.i) || ' au ' || fixture_gen.phone('mgcp', a.i) || '.',
          'contact : ' || fixture_gen.ascii(fixture_gen.first_name('mgc', a.i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('mgc', a.i)) || '@gmail.com'])[1 + fixture_gen.n('mgsum', a.i, 6)] || '</p>'
      WHEN fixture_gen.n('mbio', a.i, 9) = 0 THEN NULL
      ELSE '<p>' || (ARRAY[
          'Bénévole au repair café, passionnée de couture et de vélo.',
          'Habitant de la Croix-Rousse depuis 2009. ' || 'Joignable sur Signal au ' || a.phone || '.',
          'Prof de maths au collège ' || fixture_gen.pick(ARRAY['Jean Moulin', 'Gilbert Dru', 'Henri Longchambon'], 'mcol', a.i) || ', je co-organise le soutien scolaire.',
          'Retraité, ancien infirmier aux HCL. Je fais la rando du dimanche.',
          'Militante pour le climat. Écrivez-moi : ' || coalesce(a.email, fixture_gen.email('mbioe', a.i)),
          'Dev chez ' || fixture_gen.pick(ARRAY['Mobivia', 'Sopra Steria', 'la Métropole de Lyon', 'un éditeur de logiciels'], 'memp', a.i) || ', je code pour le hackerspace le jeudi.',
          'I moved to Lyon from ' || fixture_gen.city('mfrom', a.i) || ' in 2022, looking for people to practise French with!',
          'Maman de deux enfants à l''école Berthelot, membre du bureau des parents d''élèves.',
          'Just here for the board games.'])[1 + fixture_gen.n('mbiot', a.i, 9)] || '</p>' END,
    a.uname,
    CASE WHEN a.local THEN mgen.pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 'mkey', a.i, 1150)
         ELSE mgen.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'mpub', a.i, 250) END,
    a.type = 'Group' AND a.i % 3 = 0,
    a.i IN (57, 163, 188),
    CASE WHEN a.i > 240 OR fixture_gen.n('mav', a.i, 4) = 0 THEN NULL
         ELSE jsonb_build_object('name', CASE WHEN a.type = 'Group' THEN 'logo-' || mgen.slug(a.dname) || '.png'
                                             ELSE (ARRAY['photo_' || fixture_gen.ascii(a.first) || '_' || fixture_gen.ascii(a.last) || '.jpg',
                                                         a.first || ' ' || a.last || ' profil.jpg', 'IMG_' || fixture_gen.digits('mimg', a.i, 4) || '.JPG',
                                                         'avatar.png', 'moi-' || fixture_gen.ascii(a.first) || '.jpeg'])[1 + fixture_gen.n('mavn', a.i, 5)] END,
                                  'url', coalesce('https://' || a.domain, 'https://agenda.rivesverte.example') || '/media/' || fixture_gen.hexn('mavu', a.i, 64) || '.jpg',
                                  'content_type', 'image/jpeg', 'size', 20000 + fixture_gen.n('mavs', a.i, 300000)) END,
    CASE WHEN a.i > 240 OR fixture_gen.n('mbn', a.i, 3) <> 0 THEN NULL
         ELSE jsonb_build_object('name', fixture_gen.pick(ARRAY['banniere.jpg', 'fourviere-coucher-de-soleil.jpg', 'header.png', 'DSC_0412.JPG', 'rhone-quais.jpg'], 'mbnn', a.i),
                                  'url', coalesce('https://' || a.domain, 'https://agenda.rivesverte.example') || '/media/' || fixture_gen.hexn('mbnu', a.i, 64) || '.jpg',
                                  'content_type', 'image/jpeg', 'size', 80000 + fixture_gen.n('mbns', a.i, 900000)) END,
    CASE WHEN a.i <= 140 THEN a.i ELSE NULL END,
    CASE WHEN a.i BETWEEN 201 AND 230 AND a.i % 3 <> 0 THEN 81 + (a.i - 201) % 20 ELSE NULL END,
    CASE WHEN a.type = 'Group' THEN fixture_gen.pick(ARRAY['public', 'public', 'public', 'unlisted', 'private'], 'mvis', a.i) WHEN a.i > 240 THEN 'public' ELSE 'private' END,
    CASE WHEN a.type = 'Group' THEN fixture_gen.pick(ARRAY['open', 'moderated', 'invite_only'], 'mopen', a.i) ELSE 'moderated' END,
    CASE WHEN a.type = 'Group' THEN a.base || '/members' END,
    CASE WHEN a.type = 'Group' THEN a.base || '/resources' END,
    CASE WHEN a.type = 'Group' THEN a.base || '/posts' END,
    CASE WHEN a.type = 'Group' THEN a.base || '/events' END,
    CASE WHEN a.type = 'Group' THEN a.base || '/todos' END,
    CASE WHEN a.type = 'Group' THEN a.base || '/discussions' END,
    CASE WHEN a.local THEN NULL ELSE timestamp '2024-09-01 00:00:00' + make_interval(secs => fixture_gen.n('mlr', a.i, 2500000)) END,
    coalesce(u.inserted_at, mgen.at('mains', a.i)), coalesce(u.updated_at, mgen.at('mains', a.i) + interval '40 days')
FROM mgen.a a LEFT JOIN users u ON u.id = a.i;
ALTER TABLE users ADD FOREIGN KEY (default_actor_id) REFERENCES actors(id) ON DELETE SET NULL;

CREATE TABLE followers (
    id uuid PRIMARY KEY,
    approved boolean NOT NULL DEFAULT false,
    url varchar(255) NOT NULL,
    target_actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    notify boolean DEFAULT true,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO followers (id, approved, url, target_actor_id, actor_id, notify, inserted_at, updated_at)
SELECT fixture_gen.uuid('mfol', k)::uuid, k % 13 <> 0,
    CASE WHEN f.a <= 140 THEN 'https://agenda.rivesverte.example/follow/' || fixture_gen.uuid('mfolu', k)
         ELSE 'https://' || (SELECT domain FROM mgen.a WHERE i = f.a) || '/' || fixture_gen.uuid('mfolu', k) END,
    f.t, f.a, k % 5 <> 0, mgen.at('mfoli', k), mgen.at('mfoli', k) + interval '1 hour'
FROM generate_series(1, 320) k,
     LATERAL (SELECT 201 + fixture_gen.n('mfolt', k, 40) AS t, 1 + fixture_gen.n('mfola', k, 200) AS a) f
ON CONFLICT DO NOTHING;
DELETE FROM followers f USING followers g WHERE f.target_actor_id = g.target_actor_id AND f.actor_id = g.actor_id AND f.id > g.id;

CREATE TABLE members (
    id uuid PRIMARY KEY,
    role varchar(255) NOT NULL DEFAULT 'member',
    parent_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    url varchar(255) NOT NULL,
    invited_by_id bigint REFERENCES actors(id) ON DELETE SET NULL,
    approved_by_id bigint REFERENCES actors(id) ON DELETE SET NULL,
    metadata jsonb,
    member_since timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO members (id, role, parent_id, actor_id, url, invited_by_id, approved_by_id, metadata, member_since, inserted_at, updated_at)
SELECT fixture_gen.uuid('mmem', k)::uuid, r.role, m.g, m.a,
    (SELECT base FROM mgen.a WHERE i = m.g) || '/member/' || fixture_gen.uuid('mmemu', k),
    CASE WHEN r.role = 'invited' OR k % 7 = 0 THEN 1 + (m.g * 7) % 140 ELSE NULL END,
    CASE WHEN r.role IN ('member', 'moderator') AND k % 2 = 0 THEN 1 + (m.g * 3) % 140 ELSE NULL END,
    CASE WHEN r.role = 'not_approved' OR k % 6 = 1 THEN jsonb_build_object('message', (ARRAY[
        'Bonjour, je suis ' || fixture_gen.first_name('mmm', k) || ', voisine de ' || fixture_gen.full_name('mmn', k) || ' qui m''a parlé du groupe.',
        'Hello! I just moved to ' || fixture_gen.pick(ARRAY['Villeurbanne', 'Lyon 7', 'Oullins'], 'mmc', k) || ' and would love to join. My number is ' || fixture_gen.phone('mmp', k),
        'Je souhaite rejoindre le groupe pour aider à l''accueil.',
        'Locataire au ' || (1 + fixture_gen.n('mmh', k, 80))::text || ' rue Paul Bert, bâtiment B, problème de moisissures depuis un an.',
        'Intéressé par les ateliers.'])[1 + fixture_gen.n('mmmsg', k, 5)]) ELSE NULL END,
    CASE WHEN r.role IN ('member', 'moderator', 'administrator', 'creator') THEN mgen.at('mmsince', k) ELSE NULL END,
    mgen.at('mmsince', k) - interval '2 days', mgen.at('mmsince', k)
FROM generate_series(1, 360) k,
     LATERAL (SELECT 201 + fixture_gen.n('mmg', k, 40) AS g, 1 + fixture_gen.n('mma', k, 200) AS a) m,
     LATERAL (SELECT CASE WHEN k <= 40 THEN 'creator' ELSE fixture_gen.pick(ARRAY['member', 'member', 'member', 'member', 'member', 'moderator', 'administrator', 'not_approved', 'invited', 'rejected'], 'mmrole', k) END AS role) r;
UPDATE members SET parent_id = 200 + (SELECT count(*) FROM members m2 WHERE m2.role = 'creator' AND m2.id <= members.id) WHERE role = 'creator';
DELETE FROM members f USING members g WHERE f.parent_id = g.parent_id AND f.actor_id = g.actor_id AND f.id > g.id AND f.role <> 'creator';

-- ---------------------------------------------------------------- medias
CREATE TABLE medias (
    id bigserial PRIMARY KEY,
    file jsonb,
    actor_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    metadata jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO medias (id, file, actor_id, metadata, inserted_at, updated_at)
SELECT k, jsonb_build_object('name', n.name, 'url', 'https://agenda.rivesverte.example/media/' || fixture_gen.hexn('mmdu', k, 64) || n.ext,
        'content_type', CASE n.ext WHEN '.png' THEN 'image/png' WHEN '.pdf' THEN 'application/pdf' ELSE 'image/jpeg' END, 'size', 15000 + fixture_gen.n('mmds', k, 2500000)),
    1 + fixture_gen.n('mmda', k, 140),
    CASE WHEN n.ext = '.pdf' THEN '{}'::jsonb ELSE jsonb_build_object('width', 400 + fixture_gen.n('mmdw', k, 3600), 'height', 300 + fixture_gen.n('mmdh', k, 2400),
        'blurhash', 'L' || fixture_gen.chars('mmdb', k, 27, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~')) END,
    mgen.at('mmdi', k), mgen.at('mmdi', k)
FROM generate_series(1, 180) k,
     LATERAL (SELECT CASE fixture_gen.n('mmdt', k, 8)
        WHEN 0 THEN 'affiche-' || fixture_gen.pick(ARRAY['repair-cafe', 'concert-chorale', 'troc-de-plantes', 'ciné-débat', 'disco-soupe'], 'mmdp', k) || '-' || (1 + k % 12)::text || '.png'
        WHEN 1 THEN 'IMG_' || fixture_gen.digits('mmdi', k, 4) || '.jpg'
        WHEN 2 THEN 'photo-groupe-' || (2021 + k % 4)::text || '.jpg'
        WHEN 3 THEN 'Chez ' || fixture_gen.first_name('mmdh', k) || ' - plan d''accès.png'
        WHEN 4 THEN 'portrait_' || fixture_gen.ascii(fixture_gen.first_name('mmdf', k)) || '_' || fixture_gen.ascii(fixture_gen.last_name('mmdf', k)) || '.jpg'
        WHEN 5 THEN 'flyer_A5_recto.png'
        WHEN 6 THEN 'intervenant-' || fixture_gen.ascii(fixture_gen.full_name('mmdi2', k)) || '.jpg'
        ELSE 'Screenshot 2023-' || lpad((1 + k % 12)::text, 2, '0') || '-' || lpad((1 + k % 28)::text, 2, '0') || ' at 18.' || lpad((k % 60)::text, 2, '0') || '.png' END AS name,
        CASE WHEN fixture_gen.n('mmdt', k, 8) IN (0, 3, 5, 7) THEN '.png' ELSE '.jpg' END AS ext) n;

-- ---------------------------------------------------------------- events
CREATE TABLE mgen.ev AS
SELECT k, fixture_gen.n('mevk', k, 12) AS kind,
       CASE WHEN k % 3 = 0 THEN 1 + fixture_gen.n('mevo', k, 140) ELSE 1 + fixture_gen.n('mevo', k, 140) END AS org,
       CASE WHEN k % 3 <> 0 THEN 201 + fixture_gen.n('mevg', k, 40) ELSE NULL END AS grp,
       timestamp '2021-04-01 18:00:00' + make_interval(days => (k - 1) * 6 + fixture_gen.n('mevd', k, 5), hours => fixture_gen.n('mevh', k, 5)) AS begins
FROM generate_series(1, 220) k;

CREATE TABLE events (
    id bigserial PRIMARY KEY,
    title varchar(255) NOT NULL,
    slug varchar(255),
    description text,
    ends_on timestamp(0),
    begins_on timestamp(0) NOT NULL,
    category varchar(255) DEFAULT 'MEETING',
    status varchar(255) NOT NULL DEFAULT 'confirmed',
    visibility varchar(255) NOT NULL DEFAULT 'public',
    join_options varchar(255) NOT NULL DEFAULT 'free',
    picture_id bigint REFERENCES medias(id) ON DELETE SET NULL,
    publish_at timestamp(0),
    online_address text,
    phone_address varchar(255),
    physical_address_id bigint REFERENCES addresses(id) ON DELETE SET NULL,
    organizer_actor_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    attributed_to_id bigint REFERENCES actors(id) ON DELETE SET NULL,
    uuid uuid NOT NULL,
    url varchar(255) NOT NULL,
    local boolean NOT NULL DEFAULT true,
    options jsonb,
    metadata jsonb,
    participant_stats jsonb,
    draft boolean NOT NULL DEFAULT false,
    language varchar(255) DEFAULT 'und',
    external_participation_url varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO events (id, title, slug, description, ends_on, begins_on, category, status, visibility, join_options, picture_id, publish_at, online_address,
    phone_address, physical_address_id, organizer_actor_id, attributed_to_id, uuid, url, local, options, metadata, participant_stats, draft, language,
    external_participation_url, inserted_at, updated_at)
SELECT e.k, t.title, mgen.slug(t.title),
    '<p>' || mgen.ht(t.title) || ' — ' || (ARRAY[
        'Apportez vos objets cassés, on répare ensemble ! Café et gâteaux offerts.',
        'Entrée libre, accessible en fauteuil roulant. Pensez à vous inscrire pour que l''on prévoie assez de chaises.',
        'Pour toute question, appelez ' || fixture_gen.first_name('medc', e.k) || ' au ' || fixture_gen.phone('medp', e.k) || ' (après 18h svp).',
        'On se retrouve devant l''entrée. Si vous êtes perdu·e, écrivez à ' || fixture_gen.email('mede', e.k) || '.',
        'Sonnez à l''interphone « ' || upper(fixture_gen.last_name('mhost', 60 + e.k % 20 + 1)) || ' », 3e étage gauche. Les enfants sont bienvenus.',
        'Bring your own instrument. Beginners welcome, the session is in English and French.',
        'Atelier animé par ' || fixture_gen.full_name('mspk', e.k) || ', couturière à Vénissieux.',
        'Réunion ouverte aux locataires de l''immeuble. Ordre du jour : charges, chauffage, l''expulsion de Mme ' || fixture_gen.last_name('mexp', e.k) || '.'])[1 + fixture_gen.n('medesc', e.k, 8)] || '</p>',
    e.begins + interval '3 hours', e.begins,
    (ARRAY['MEETING', 'ARTS', 'BOOK_CLUBS', 'CAUSES', 'COMMUNITY', 'CRAFTS', 'FILM_MEDIA', 'GAMES', 'LEARNING', 'MUSIC', 'OUTDOORS_ADVENTURE', 'SPORTS'])[1 + e.kind],
    CASE WHEN e.k % 19 = 3 THEN 'cancelled' WHEN e.k % 11 = 2 THEN 'tentative' ELSE 'confirmed' END,
    CASE WHEN t.home THEN 'unlisted' WHEN e.k % 17 = 5 THEN 'private' ELSE 'public' END,
    CASE WHEN e.k % 7 = 0 THEN 'restricted' WHEN e.k % 29 = 4 THEN 'external' ELSE 'free' END,
    CASE WHEN e.k % 3 = 1 THEN 1 + fixture_gen.n('mevp', e.k, 180) ELSE NULL END,
    e.begins - interval '20 days',
    CASE fixture_gen.n('meon', e.k, 6)
      WHEN 0 THEN 'https://meet.jit.si/RivesVertes-' || fixture_gen.chars('mjit', e.k, 16)
      WHEN 1 THEN 'https://us02web.zoom.us/j/8' || fixture_gen.digits('mzoom', e.k, 9) || '?pwd=' || fixture_gen.chars('mzpw', e.k, 32)
      WHEN 2 THEN 'https://bbb.rivesverte.example/rooms/' || lower(fixture_gen.chars('mbbb', e.k, 3, 'abcdefghijklmnopqrstuvwxyz')) || '-' || lower(fixture_gen.chars('mbbb2', e.k, 3, 'abcdefghijklmnopqrstuvwxyz')) || '-' || fixture_gen.digits('mbbb3', e.k, 3) || '/join?access_code=' || fixture_gen.digits('mbbbc', e.k, 6)
      ELSE NULL END,
    CASE WHEN fixture_gen.n('mephn', e.k, 4) = 0 THEN fixture_gen.phone('mephone', e.k) ELSE NULL END,
    CASE WHEN t.home THEN 61 + e.k % 20 ELSE 1 + fixture_gen.n('meaddr', e.k, 60) END,
    e.org, e.grp, fixture_gen.uuid('mevu', e.k)::uuid, 'https://agenda.rivesverte.example/events/' || fixture_gen.uuid('mevu', e.k), true,
    jsonb_build_object('maximum_attendee_capacity', CASE WHEN e.k % 4 = 0 THEN 10 + e.k % 40 ELSE 0 END, 'remaining_attendee_capacity', CASE WHEN e.k % 4 = 0 THEN e.k % 10 ELSE 0 END,
        'show_remaining_attendee_capacity', e.k % 4 = 0, 'anonymous_participation', e.k % 3 = 0,
        'attendees', CASE WHEN e.k % 4 = 1 THEN jsonb_build_array(fixture_gen.full_name('mspk', e.k), fixture_gen.full_name('mspk2', e.k)) ELSE '[]'::jsonb END,
        'program', CASE WHEN e.k % 5 = 2 THEN '18h accueil, 18h30 intervention de ' || fixture_gen.full_name('mprog', e.k) || ', 20h repas partagé' ELSE NULL END,
        'comment_moderation', CASE WHEN e.k % 6 = 0 THEN 'closed' ELSE 'allow_all' END, 'show_participation_price', false, 'offers', '[]'::jsonb,
        'participation_condition', '[]'::jsonb, 'show_start_time', true, 'show_end_time', e.k % 8 <> 0, 'timezone', 'Europe/Paris',
        'hide_organizer_when_group_event', e.k % 9 = 0, 'hide_number_of_participants', false),
    (SELECT coalesce(jsonb_agg(x ORDER BY x->>'key'), '[]'::jsonb) FROM (
        SELECT jsonb_build_object('key', 'mz:social:instagram', 'title', 'Instagram', 'type', 'string', 'value', '@' || fixture_gen.ascii(fixture_gen.first_name('mig', e.k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('mig', e.k))) AS x WHERE e.k % 4 = 2
        UNION ALL SELECT jsonb_build_object('key', 'mz:accessibility:wheelchairAccessible', 'title', 'Wheelchair', 'type', 'choice', 'value', (ARRAY['fully', 'partially', 'no'])[1 + e.k % 3]) WHERE e.k % 3 = 1
        UNION ALL SELECT jsonb_build_object('key', 'mz:poll:framadate', 'title', 'Framadate poll', 'type', 'url', 'value', 'https://framadate.org/' || fixture_gen.chars('mfd', e.k, 16)) WHERE e.k % 7 = 3
        UNION ALL SELECT jsonb_build_object('key', 'mz:live:peertube:url', 'title', 'PeerTube live', 'type', 'url', 'value', 'https://tube.rivesverte.example/w/' || fixture_gen.chars('mpt', e.k, 22)) WHERE e.k % 9 = 4
        UNION ALL SELECT jsonb_build_object('key', 'mz:replay:youtube:url', 'title', 'YouTube replay', 'type', 'url', 'value', 'https://www.youtube.com/watch?v=' || fixture_gen.chars('myt', e.k, 11)) WHERE e.k % 10 = 6
    ) m),
    jsonb_build_object('not_approved', e.k % 3, 'not_confirmed', e.k % 2, 'rejected', 0, 'participant', 3 + e.k % 30, 'moderator', 0, 'administrator', 0, 'creator', 1),
    e.k % 37 = 11,
    CASE WHEN e.k % 10 = 7 THEN 'en' ELSE 'fr' END,
    CASE WHEN e.k % 29 = 4 THEN 'https://www.helloasso.com/associations/rives-vertes/evenements/' || mgen.slug(t.title) ELSE NULL END,
    e.begins - interval '25 days', e.begins - interval '20 days'
FROM mgen.ev e, LATERAL (SELECT (ARRAY[
    'Repair café de ' || (ARRAY['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre'])[1 + e.k % 11],
    'Répétition de la chorale', 'Distribution des paniers AMAP', 'Sortie escalade au Mont Salève', 'Assemblée des locataires', 'Atelier réparation vélo',
    'Troc de graines et de plantes', 'Projection-débat : « Demain »', 'Soirée jeux de société', 'Café des langues', 'Atelier couture débutants', 'Fresque du climat',
    'Concert au salon', 'Pique-nique au jardin partagé', 'Install party Linux', 'Randonnée des Monts d''Or', 'Marche nordique du dimanche', 'Tournoi d''échecs rapide',
    'Atelier compost', 'Permanence soutien scolaire'])[1 + fixture_gen.n('mett', e.k, 20)] AS title,
    fixture_gen.n('mett', e.k, 20) IN (12, 13) AS home) t;
SELECT setval(pg_get_serial_sequence('events', 'id'), 220);

CREATE TABLE event_contacts (
    event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE
);
INSERT INTO event_contacts (event_id, actor_id)
SELECT e.k, 1 + fixture_gen.n('mecon', e.k * 10 + c, 140) FROM mgen.ev e, generate_series(1, 2) c WHERE e.grp IS NOT NULL AND (e.k + c) % 3 = 0;

CREATE TABLE tags (
    id bigserial PRIMARY KEY,
    title varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO tags (title, slug, inserted_at, updated_at)
SELECT t, mgen.slug(t), mgen.at('mtag', k), mgen.at('mtag', k)
FROM unnest(ARRAY['réparation', 'vélo', 'zéro déchet', 'climat', 'logement', 'chorale', 'musique', 'jardinage', 'compost', 'escalade', 'randonnée', 'jeux', 'échecs',
  'couture', 'tricot', 'logiciel libre', 'Linux', 'cinéma', 'langues', 'FLE', 'enfants', 'famille', 'AMAP', 'alimentation', 'solidarité', 'réfugiés', 'photo',
  'danse', 'gratuit', 'prix libre', 'accessible', 'Croix-Rousse', 'Guillotière', 'Villeurbanne', 'Vénissieux', 'Part-Dieu', 'fablab', 'lowtech', 'débat', 'apéro']) WITH ORDINALITY AS x(t, k);

CREATE TABLE events_tags (
    event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tags(id) ON DELETE CASCADE
);
INSERT INTO events_tags (event_id, tag_id)
SELECT DISTINCT e.k, 1 + fixture_gen.n('metg', e.k * 10 + c, 40) FROM mgen.ev e, generate_series(1, 3) c;

-- ---------------------------------------------------------------- participants
CREATE TABLE participants (
    id uuid PRIMARY KEY,
    role varchar(255) NOT NULL DEFAULT 'participant',
    event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    url varchar(255) NOT NULL,
    metadata jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO participants (id, role, event_id, actor_id, url, metadata, inserted_at, updated_at)
SELECT fixture_gen.uuid('mpar', e.k * 100 + p)::uuid,
    CASE WHEN p = 0 THEN 'creator' ELSE fixture_gen.pick(ARRAY['participant', 'participant', 'participant', 'participant', 'participant', 'not_approved', 'not_confirmed', 'rejected', 'moderator'], 'mprole', e.k * 100 + p) END,
    e.k,
    CASE WHEN p = 0 THEN e.org WHEN anon THEN 242 ELSE 1 + fixture_gen.n('mpa', e.k * 100 + p, 200) END,
    'https://agenda.rivesverte.example/join/event/' || fixture_gen.uuid('mparu', e.k * 100 + p),
    CASE WHEN anon THEN jsonb_build_object('email', fixture_gen.email('mpae', e.k * 100 + p),
            'confirmation_token', CASE WHEN (e.k + p) % 3 = 0 THEN mgen.tok('mpact', e.k * 100 + p, 30) ELSE NULL END,
            'cancellation_token', mgen.tok('mpacn', e.k * 100 + p, 30),
            'message', CASE WHEN (e.k + p) % 2 = 0 THEN (ARRAY['Je viendrai avec ma fille de 8 ans.', 'Allergique aux noix, merci de prévoir.', 'Je serai un peu en retard (sortie du travail à 18h30).',
                'Can I bring my partner ' || fixture_gen.first_name('mpam', e.k * 100 + p) || '?', 'Je me déplace en fauteuil, y a-t-il un ascenseur ?'])[1 + (e.k + p) % 5] ELSE NULL END,
            'locale', (ARRAY['fr', 'en', 'de'])[1 + (e.k + p) % 3])
         WHEN p > 0 AND (e.k + p) % 9 = 0 THEN jsonb_build_object('message', (ARRAY['Je peux apporter une perceuse.', 'Je viens avec deux amis.', 'Première fois, j''ai hâte !',
                'Mon numéro si besoin : ' || fixture_gen.phone('mpmp', e.k * 100 + p)])[1 + (e.k + p) % 4])
         ELSE NULL END,
    e.begins - make_interval(days => 1 + fixture_gen.n('mpd', e.k * 100 + p, 19)), e.begins - make_interval(days => 1 + fixture_gen.n('mpd', e.k * 100 + p, 19))
FROM mgen.ev e, generate_series(0, 7) p, LATERAL (SELECT p > 0 AND e.k % 3 = 0 AND (e.k + p) % 4 = 0 AS anon) q
WHERE p < 2 + e.k % 7
ON CONFLICT DO NOTHING;
DELETE FROM participants f USING participants g WHERE f.event_id = g.event_id AND f.actor_id = g.actor_id AND f.actor_id <> 242 AND f.id > g.id AND f.role <> 'creator' ;

-- ---------------------------------------------------------------- comments, discussions, conversations
-- Comments 1-260 on events, 261-420 in group discussions, 421-480 in
-- private conversations (direct messages about an event).
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    url varchar(255),
    text text,
    actor_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    event_id bigint REFERENCES events(id) ON DELETE CASCADE,
    attributed_to_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    local boolean NOT NULL DEFAULT true,
    visibility varchar(255) DEFAULT 'public',
    uuid uuid,
    in_reply_to_comment_id bigint REFERENCES comments(id) ON DELETE SET NULL,
    origin_comment_id bigint REFERENCES comments(id) ON DELETE SET NULL,
    discussion_id uuid,
    conversation_id bigint,
    deleted_at timestamp(0),
    is_announcement boolean NOT NULL DEFAULT false,
    published_at timestamp(0),
    language varchar(255) DEFAULT 'und',
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO comments (id, url, text, actor_id, event_id, attributed_to_id, local, visibility, uuid, in_reply_to_comment_id, origin_comment_id, discussion_id,
    conversation_id, deleted_at, is_announcement, published_at, language, inserted_at, updated_at)
SELECT k,
    CASE WHEN c.actor > 140 AND c.actor <= 200 THEN (SELECT base FROM mgen.a WHERE i = c.actor) || '/statuses/' || (110000000000000000 + fixture_gen.n('mcst', k, 900000000))::text
         ELSE 'https://agenda.rivesverte.example/comments/' || fixture_gen.uuid('mcom', k) END,
    CASE WHEN k % 41 = 7 THEN NULL ELSE '<p>' || (ARRAY[
        'Merci pour l''organisation, c''était super !',
        'Est-ce qu''il reste de la place pour samedi ?',
        'Je peux covoiturer depuis Villeurbanne, deux places. Appelez-moi au ' || fixture_gen.phone('mctp', k) || '.',
        '@' || (SELECT uname FROM mgen.a WHERE i = 1 + fixture_gen.n('mcmen', k, 140)) || ' tu peux récupérer les clés chez ' || fixture_gen.full_name('mckey', k) || ' ?',
        'Attention, le portail est fermé, passez par le ' || fixture_gen.street('mcst2', k) || '.',
        'Désolé je ne pourrai pas venir, ma fille ' || fixture_gen.first_name('mckid', k) || ' est malade.',
        'Les photos sont en ligne, écrivez-moi à ' || fixture_gen.email('mcem', k) || ' si vous voulez être floutés.',
        'Great session, thanks everyone!',
        'Le compte-rendu sera envoyé par mail.',
        'Pour info, le local sera fermé en août.'])[1 + fixture_gen.n('mctx', k, 10)] || '</p>' END,
    c.actor,
    CASE WHEN k <= 260 THEN 1 + fixture_gen.n('mcev', k, 220) ELSE NULL END,
    CASE WHEN k BETWEEN 261 AND 420 THEN 201 + (k - 261) % 30 ELSE NULL END,
    c.actor <= 140 OR c.actor > 200,
    CASE WHEN k > 420 THEN 'private' ELSE 'public' END,
    fixture_gen.uuid('mcom', k)::uuid,
    CASE WHEN k % 4 = 0 AND k NOT IN (261, 421) THEN k - 1 ELSE NULL END,
    CASE WHEN k % 4 = 0 AND k NOT IN (261, 421) THEN k - 1 ELSE NULL END,
    NULL, NULL,
    CASE WHEN k % 41 = 7 THEN mgen.at('mcdel', k) ELSE NULL END,
    k <= 260 AND k % 23 = 0,
    mgen.at('mcpub', k), CASE WHEN k % 10 = 3 THEN 'en' ELSE 'fr' END,
    mgen.at('mcpub', k), mgen.at('mcpub', k) + interval '5 minutes'
FROM generate_series(1, 480) k, LATERAL (SELECT 1 + fixture_gen.n('mcact', k, CASE WHEN k <= 260 THEN 200 ELSE 140 END) AS actor) c;
SELECT setval(pg_get_serial_sequence('comments', 'id'), 480);

CREATE TABLE discussions (
    id uuid PRIMARY KEY,
    title text NOT NULL,
    slug varchar(255) NOT NULL,
    url varchar(255) NOT NULL,
    creator_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    last_comment_id bigint REFERENCES comments(id) ON DELETE SET NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO discussions (id, title, slug, url, creator_id, actor_id, last_comment_id, inserted_at, updated_at)
SELECT fixture_gen.uuid('mdis', k)::uuid, t.title, mgen.slug(t.title) || '-' || lower(fixture_gen.chars('mdss', k, 8)),
    (SELECT base FROM mgen.a WHERE i = 201 + (k - 1) % 30) || '/c/' || mgen.slug(t.title) || '-' || lower(fixture_gen.chars('mdss', k, 8)),
    1 + fixture_gen.n('mdcr', k, 140), 201 + (k - 1) % 30, 260 + k * 4, mgen.at('mdin', k), mgen.at('mdin', k) + interval '9 days'
FROM generate_series(1, 40) k, LATERAL (SELECT (ARRAY[
    'Organisation du repair café de juin', 'Budget 2024', 'Qui garde les clés du local ?', 'Pot de départ de ' || fixture_gen.full_name('mdt', k),
    'Remplacement de ' || fixture_gen.first_name('mdt2', k) || ' à la trésorerie (congé maternité)', 'Courrier au bailleur pour l''appartement de M. ' || fixture_gen.last_name('mdt3', k),
    'Idées de sorties', 'Covoiturage pour la rando', 'Plainte contre ' || fixture_gen.full_name('mdt4', k) || ' (harcèlement au club)', 'Commande groupée de graines'])[1 + fixture_gen.n('mdtt', k, 10)] AS title) t;
UPDATE comments SET discussion_id = (SELECT id FROM discussions d WHERE d.last_comment_id >= comments.id ORDER BY d.last_comment_id LIMIT 1) WHERE id BETWEEN 261 AND 420;
ALTER TABLE comments ADD FOREIGN KEY (discussion_id) REFERENCES discussions(id) ON DELETE CASCADE;

CREATE TABLE conversations (
    id bigserial PRIMARY KEY,
    origin_comment_id bigint REFERENCES comments(id) ON DELETE SET NULL,
    last_comment_id bigint REFERENCES comments(id) ON DELETE SET NULL,
    event_id bigint REFERENCES events(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO conversations (id, origin_comment_id, last_comment_id, event_id, inserted_at, updated_at)
SELECT k, 420 + (k - 1) * 3 + 1, 420 + k * 3, CASE WHEN k % 3 <> 0 THEN 1 + fixture_gen.n('mcvev', k, 220) ELSE NULL END, mgen.at('mcvi', k), mgen.at('mcvi', k) + interval '2 days'
FROM generate_series(1, 20) k;
UPDATE comments SET conversation_id = 1 + (id - 421) / 3 WHERE id > 420;
ALTER TABLE comments ADD FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE;

CREATE TABLE conversation_participants (
    id bigserial PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    unread boolean NOT NULL DEFAULT true,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO conversation_participants (conversation_id, actor_id, unread, inserted_at, updated_at)
SELECT c.id, x.actor_id, (c.id + x.actor_id) % 3 = 0, c.inserted_at, c.updated_at
FROM conversations c, LATERAL (SELECT DISTINCT actor_id FROM comments WHERE conversation_id = c.id) x;

CREATE TABLE mentions (
    id bigserial PRIMARY KEY,
    silent boolean NOT NULL DEFAULT false,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    event_id bigint REFERENCES events(id) ON DELETE CASCADE,
    comment_id bigint REFERENCES comments(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO mentions (silent, actor_id, event_id, comment_id, inserted_at, updated_at)
SELECT false, 1 + fixture_gen.n('mcmen', c.id, 140), NULL, c.id, c.inserted_at, c.inserted_at
FROM comments c WHERE c.text LIKE '<p>@%';

-- ---------------------------------------------------------------- posts
CREATE TABLE posts (
    id uuid PRIMARY KEY,
    title text NOT NULL,
    slug varchar(255),
    body text,
    draft boolean NOT NULL DEFAULT false,
    local boolean NOT NULL DEFAULT true,
    visibility varchar(255) DEFAULT 'public',
    url varchar(255),
    publish_at timestamp(0),
    author_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    attributed_to_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    picture_id bigint REFERENCES medias(id) ON DELETE SET NULL,
    language varchar(255) DEFAULT 'und',
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO posts (id, title, slug, body, draft, local, visibility, url, publish_at, author_id, attributed_to_id, picture_id, language, inserted_at, updated_at)
SELECT fixture_gen.uuid('mpost', k)::uuid, t.title, mgen.slug(t.title) || '-' || lower(fixture_gen.chars('mpss', k, 8)),
    '<p>' || (ARRAY[
        'Merci aux 40 personnes venues samedi ! Nous avons réparé 23 objets sur 31.',
        'Compte-rendu de l''AG : le bureau est reconduit. Présidente : ' || fixture_gen.full_name('mpb1', k) || ', trésorier : ' || fixture_gen.full_name('mpb2', k) || ', secrétaire : ' || fixture_gen.full_name('mpb3', k) || '.',
        'Nous cherchons des bénévoles pour la rentrée. Contact : ' || fixture_gen.first_name('mpbc', k) || ' au ' || fixture_gen.phone('mpbp', k) || '.',
        'Le local change d''adresse : rendez-vous désormais au 14 rue Dumenge.',
        'Hommage à ' || fixture_gen.full_name('mpbh', k) || ', membre fondateur, décédé le mois dernier à 81 ans. Les obsèques auront lieu au cimetière de Loyasse.',
        'Retrouvez le programme du trimestre en pièce jointe.'])[1 + fixture_gen.n('mpbt', k, 6)] || '</p>',
    k % 13 = 4, g.local, CASE WHEN k % 5 = 0 THEN 'private' ELSE 'public' END,
    g.base || '/p/' || mgen.slug(t.title) || '-' || lower(fixture_gen.chars('mpss', k, 8)),
    mgen.at('mpin', k), 1 + fixture_gen.n('mpau', k, 140), g.i, CASE WHEN k % 3 = 0 THEN 1 + fixture_gen.n('mppic', k, 180) ELSE NULL END,
    'fr', mgen.at('mpin', k), mgen.at('mpin', k) + interval '1 day'
FROM generate_series(1, 70) k, LATERAL (SELECT * FROM mgen.a WHERE i = 201 + fixture_gen.n('mpgr', k, 40)) g,
     LATERAL (SELECT (ARRAY['Bilan du repair café', 'Compte-rendu de l''assemblée générale', 'Appel à bénévoles', 'Nouveau local', 'Hommage', 'Programme du trimestre',
        'Fermeture estivale', 'Résultats du tournoi'])[1 + fixture_gen.n('mptt', k, 8)] AS title) t;

CREATE TABLE posts_tags (
    post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tags(id) ON DELETE CASCADE
);
INSERT INTO posts_tags (post_id, tag_id) SELECT DISTINCT p.id, 1 + fixture_gen.n('mptg', c, 40) FROM posts p, generate_series(1, 2) c WHERE p.draft = false;

-- ---------------------------------------------------------------- todos, resources
CREATE TABLE todo_lists (
    id uuid PRIMARY KEY,
    title varchar(255) NOT NULL,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    url varchar(255) NOT NULL,
    local boolean NOT NULL DEFAULT true,
    published_at timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO todo_lists (id, title, actor_id, url, local, published_at, inserted_at, updated_at)
SELECT fixture_gen.uuid('mtl', k)::uuid, (ARRAY['Préparer le repair café', 'Fête de quartier', 'AG annuelle', 'Rentrée', 'Déménagement du local', 'Concert de Noël'])[1 + k % 6],
    201 + (k - 1) % 30, 'https://agenda.rivesverte.example/todo-lists/' || fixture_gen.uuid('mtl', k), true, mgen.at('mtli', k), mgen.at('mtli', k), mgen.at('mtli', k)
FROM generate_series(1, 36) k;

CREATE TABLE todos (
    id uuid PRIMARY KEY,
    title text NOT NULL,
    status boolean NOT NULL DEFAULT false,
    due_date timestamp(0),
    creator_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    assigned_to_id bigint REFERENCES actors(id) ON DELETE SET NULL,
    todo_list_id uuid NOT NULL REFERENCES todo_lists(id) ON DELETE CASCADE,
    url varchar(255) NOT NULL,
    local boolean NOT NULL DEFAULT true,
    published_at timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO todos (id, title, status, due_date, creator_id, assigned_to_id, todo_list_id, url, local, published_at, inserted_at, updated_at)
SELECT fixture_gen.uuid('mtd', k)::uuid, (ARRAY[
    'Réserver la salle', 'Acheter des gobelets réutilisables', 'Appeler ' || fixture_gen.full_name('mtdn', k) || ' (' || fixture_gen.phone('mtdp', k) || ') pour la sono',
    'Récupérer les clés chez ' || fixture_gen.first_name('mtdk', k) || ', ' || fixture_gen.street('mtds', k), 'Imprimer les affiches', 'Relancer la mairie pour l''autorisation',
    'Rembourser ' || fixture_gen.full_name('mtdr', k) || ' (IBAN ' || fixture_gen.iban_for('mtdi', k) || ')', 'Envoyer le compte-rendu'])[1 + fixture_gen.n('mtdt', k, 8)],
    k % 3 = 0, CASE WHEN k % 2 = 0 THEN mgen.at('mtdd', k) ELSE NULL END,
    1 + fixture_gen.n('mtdc', k, 140), CASE WHEN k % 4 <> 3 THEN 1 + fixture_gen.n('mtda', k, 140) ELSE NULL END,
    fixture_gen.uuid('mtl', 1 + (k - 1) % 36)::uuid, 'https://agenda.rivesverte.example/todos/' || fixture_gen.uuid('mtd', k), true,
    mgen.at('mtdi', k), mgen.at('mtdi', k), mgen.at('mtdi', k) + interval '3 days'
FROM generate_series(1, 150) k;

CREATE TABLE resources (
    id uuid PRIMARY KEY,
    title varchar(255) NOT NULL,
    summary text,
    url varchar(255) NOT NULL,
    resource_url varchar(255),
    type varchar(255) NOT NULL,
    metadata jsonb,
    path text NOT NULL,
    local boolean NOT NULL DEFAULT true,
    published_at timestamp(0),
    parent_id uuid REFERENCES resources(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    creator_id bigint REFERENCES actors(id) ON DELETE SET NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
-- 1-30: a folder per local group; 31-150: links inside them.
INSERT INTO resources (id, title, summary, url, resource_url, type, metadata, path, local, published_at, parent_id, actor_id, creator_id, inserted_at, updated_at)
SELECT fixture_gen.uuid('mres', k)::uuid, r.title,
    CASE WHEN k > 30 AND k % 3 = 0 THEN (ARRAY['Planning des permanences, à jour', 'Les coordonnées de tous les bénévoles', 'À lire avant l''AG', 'Tuto pour la caisse'])[1 + k % 4] ELSE NULL END,
    'https://agenda.rivesverte.example/resource/' || fixture_gen.uuid('mres', k), r.link, CASE WHEN k <= 30 THEN 'folder' ELSE 'link' END,
    CASE WHEN k <= 30 THEN NULL ELSE jsonb_build_object('type', 'link', 'title', r.title, 'description', NULL, 'image_remote_url', NULL, 'width', NULL, 'height', NULL,
        'author_name', CASE WHEN r.kind IN (4, 5) THEN fixture_gen.full_name('mrauth', k) ELSE NULL END,
        'author_url', CASE WHEN r.kind = 5 THEN 'https://blog.' || fixture_gen.ascii(fixture_gen.last_name('mrauth', k)) || '.example/' ELSE NULL END,
        'provider_name', (ARRAY['Framapad', 'Nextcloud', 'Google Docs', 'Framacalc', 'WordPress', 'Blog'])[1 + r.kind],
        'provider_url', NULL, 'html', NULL, 'favicon_url', NULL) END,
    CASE WHEN k <= 30 THEN '/' || (ARRAY['Bénévoles', 'Documents', 'Compta', 'Archives'])[1 + k % 4]
         ELSE '/' || (ARRAY['Bénévoles', 'Documents', 'Compta', 'Archives'])[1 + (1 + (k - 31) % 30) % 4] || '/' || r.title END,
    true, mgen.at('mrin', k),
    CASE WHEN k > 30 THEN fixture_gen.uuid('mres', 1 + (k - 31) % 30)::uuid ELSE NULL END,
    201 + CASE WHEN k <= 30 THEN k - 1 ELSE (k - 31) % 30 END, 1 + fixture_gen.n('mrcr', k, 140),
    mgen.at('mrin', k), mgen.at('mrin', k) + interval '6 days'
FROM generate_series(1, 150) k, LATERAL (SELECT fixture_gen.n('mrkind', k, 6) AS kind) kk,
     LATERAL (SELECT CASE WHEN k <= 30 THEN (ARRAY['Bénévoles', 'Documents', 'Compta', 'Archives'])[1 + k % 4]
            ELSE (ARRAY['Planning permanences', 'Liste des bénévoles', 'Budget prévisionnel', 'Tableau des adhésions 2024', 'Fiche bénévole ' || fixture_gen.full_name('mrfb', k),
                        'Statuts de l''association', 'Contrat de location de la salle', 'Photos fête de quartier'])[1 + fixture_gen.n('mrt', k, 8)] END AS title,
        CASE WHEN k <= 30 THEN NULL
             WHEN kk.kind = 0 THEN 'https://framapad.org/p/' || lower(fixture_gen.chars('mrpad', k, 20)) || '-' || fixture_gen.digits('mrpd', k, 4)
             WHEN kk.kind = 1 THEN 'https://cloud.rivesverte.example/s/' || fixture_gen.chars('mrnc', k, 15)
             WHEN kk.kind = 2 THEN 'https://docs.google.com/spreadsheets/d/' || fixture_gen.chars('mrgd', k, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '/edit?usp=sharing'
             WHEN kk.kind = 3 THEN 'https://framacalc.org/' || lower(fixture_gen.chars('mrfc', k, 24))
             WHEN kk.kind = 4 THEN 'https://www.lyon-associations.example/' || lower(fixture_gen.chars('mrwp', k, 10))
             ELSE 'https://blog.' || fixture_gen.ascii(fixture_gen.last_name('mrauth', k)) || '.example/' || (2020 + k % 4)::text || '/' || lower(fixture_gen.chars('mrbl', k, 8)) END AS link,
        kk.kind) r
ORDER BY k;

CREATE TABLE event_search (
    id bigint PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    title tsvector,
    document tsvector
);
INSERT INTO event_search (id, title, document)
SELECT e.id, to_tsvector('french', e.title),
    setweight(to_tsvector('french', e.title), 'A') || setweight(to_tsvector('french', coalesce((SELECT string_agg(t.title, ' ') FROM events_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id), '')), 'B')
        || setweight(to_tsvector('french', regexp_replace(coalesce(e.description, ''), '<[^>]+>', ' ', 'g')), 'C')
FROM events e;

-- ---------------------------------------------------------------- event sessions and tracks (a single conference)
CREATE TABLE tracks (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text,
    color varchar(255),
    event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO tracks (name, description, color, event_id, inserted_at, updated_at) VALUES
 ('Grande salle', 'Conférences plénières', '#2a9d8f', 150, '2023-09-01 10:00:00', '2023-09-01 10:00:00'),
 ('Atelier A', 'Ateliers pratiques (réparation, low-tech)', '#e9c46a', 150, '2023-09-01 10:00:00', '2023-09-01 10:00:00'),
 ('Atelier B', 'Ateliers pour les enfants', '#f4a261', 150, '2023-09-01 10:00:00', '2023-09-01 10:00:00'),
 ('Agora', 'Tables rondes', '#e76f51', 150, '2023-09-01 10:00:00', '2023-09-01 10:00:00');

CREATE TABLE sessions (
    id bigserial PRIMARY KEY,
    title varchar(255) NOT NULL,
    subject varchar(255),
    speaker varchar(255),
    short_abstract text,
    long_abstract text,
    language varchar(255),
    slides_url varchar(255),
    videos_urls varchar(255),
    audios_urls varchar(255),
    event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    track_id bigint REFERENCES tracks(id) ON DELETE SET NULL,
    begins_on timestamp(0),
    ends_on timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO sessions (title, subject, speaker, short_abstract, long_abstract, language, slides_url, videos_urls, audios_urls, event_id, track_id, begins_on, ends_on, inserted_at, updated_at)
SELECT (ARRAY['Réparer plutôt que jeter', 'Le compost en habitat collectif', 'Low-tech à la maison', 'Logiciels libres pour les associations', 'Se défendre face à son bailleur',
    'Vélo-cargo : retour d''expérience', 'Cuisine anti-gaspi', 'Fresque de la biodiversité', 'Jardiner sur son balcon', 'Monter une AMAP'])[k],
    (ARRAY['réparation', 'compost', 'lowtech', 'numérique', 'logement', 'mobilité', 'alimentation', 'climat', 'jardinage', 'alimentation'])[k],
    fixture_gen.full_name('msspk', k),
    'Présentation de 30 minutes suivie d''un échange.',
    CASE WHEN k % 3 = 0 THEN fixture_gen.full_name('msspk', k) || ' est ' || (ARRAY['ingénieure chez Enedis', 'retraité et bénévole depuis 2015', 'doctorante à Lyon 2'])[1 + k % 3] || '. Elle animera l''atelier avec ' || fixture_gen.full_name('msspk2', k) || '.' ELSE 'Atelier participatif, venez avec vos questions.' END,
    'fr', CASE WHEN k % 2 = 0 THEN 'https://www.rivesverte.example/rencontres-2023/supports/session-' || k || '.pdf' ELSE NULL END,
    CASE WHEN k % 3 = 1 THEN 'https://tube.rivesverte.example/w/' || fixture_gen.chars('mssv', k, 22) ELSE NULL END, NULL,
    150, 1 + k % 4, timestamp '2023-10-14 09:00:00' + make_interval(hours => k - 1), timestamp '2023-10-14 09:45:00' + make_interval(hours => k - 1),
    '2023-09-10 12:00:00', '2023-09-20 12:00:00'
FROM generate_series(1, 10) k;

-- ---------------------------------------------------------------- moderation
CREATE TABLE reports (
    id bigserial PRIMARY KEY,
    content text,
    status varchar(255) NOT NULL DEFAULT 'open',
    uri varchar(255) NOT NULL,
    local boolean NOT NULL DEFAULT true,
    reported_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    reporter_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    manager_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    event_id bigint REFERENCES events(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO reports (id, content, status, uri, local, reported_id, reporter_id, manager_id, event_id, inserted_at, updated_at)
SELECT k,
    CASE WHEN k % 9 = 4 THEN NULL ELSE (ARRAY[
        'Cet événement est une arnaque, l''organisateur demande un virement à l''avance.',
        'Cette personne m''envoie des messages privés insistants depuis la soirée jeux. Je ne veux plus être contactée. Mon nom : ' || fixture_gen.full_name('mrpn', k) || '.',
        'Spam publicitaire.',
        'L''adresse publiée est celle de mon domicile (' || fixture_gen.street('mrps', k) || '), je n''ai jamais donné mon accord.',
        'Propos racistes dans les commentaires envers ' || fixture_gen.first_name('mrpv', k) || '.',
        'Fausse association, ils collectent des numéros de téléphone.',
        'Report from ' || coalesce((SELECT domain FROM mgen.a WHERE i = 141 + k % 60), 'mobilizon.fr') || ': impersonation of our member ' || fixture_gen.full_name('mrpi', k) || '.'])[1 + fixture_gen.n('mrpc', k, 7)] END,
    (ARRAY['open', 'open', 'closed', 'resolved'])[1 + k % 4],
    CASE WHEN k % 5 = 3 THEN 'https://mobilizon.fr/report/' || fixture_gen.uuid('mrpu', k) ELSE 'https://agenda.rivesverte.example/report/' || fixture_gen.uuid('mrpu', k) END,
    k % 5 <> 3,
    CASE WHEN k % 4 = 0 THEN 201 + k % 40 ELSE 1 + fixture_gen.n('mrpr', k, 200) END,
    CASE WHEN k % 5 = 3 THEN 241 ELSE 1 + fixture_gen.n('mrpre', k, 140) END,
    CASE WHEN k % 4 IN (2, 3) THEN (ARRAY[1, 2, 3, 17])[1 + k % 4] ELSE NULL END,
    CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('mrpev', k, 220) ELSE NULL END,
    mgen.at('mrpin', k), mgen.at('mrpin', k) + interval '4 days'
FROM generate_series(1, 45) k;

CREATE TABLE reports_comments (
    report_id bigint NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    comment_id bigint NOT NULL REFERENCES comments(id) ON DELETE CASCADE
);
INSERT INTO reports_comments (report_id, comment_id) SELECT k, 1 + fixture_gen.n('mrcc', k, 260) FROM generate_series(1, 45) k WHERE k % 3 <> 0;

CREATE TABLE report_notes (
    id bigserial PRIMARY KEY,
    content text NOT NULL,
    moderator_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    report_id bigint NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO report_notes (content, moderator_id, report_id, inserted_at, updated_at)
SELECT (ARRAY['Vérifié, rien d''anormal.', 'J''ai appelé la personne au ' || fixture_gen.phone('mrnp', k) || ', elle confirme le harcèlement.',
        'Compte suspendu, même personne que ' || fixture_gen.full_name('mrnn', k) || ' bannie en 2022 (même IP ' || fixture_gen.ipv4('mrni', k) || ').',
        'Adresse retirée de l''événement à la demande de la victime.', 'Transmis à l''instance distante.', 'Doublon du signalement précédent.'])[1 + fixture_gen.n('mrnt', k, 6)],
    (ARRAY[1, 2, 3, 17])[1 + k % 4], 1 + (k - 1) % 45, mgen.at('mrnin', k), mgen.at('mrnin', k)
FROM generate_series(1, 60) k;

CREATE TABLE admin_action_logs (
    id bigserial PRIMARY KEY,
    action varchar(255) NOT NULL,
    target_type varchar(255) NOT NULL,
    target_id integer NOT NULL,
    changes jsonb,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL
);
INSERT INTO admin_action_logs (action, target_type, target_id, changes, actor_id, inserted_at)
SELECT CASE k % 6 WHEN 0 THEN 'suspend' WHEN 1 THEN 'update' WHEN 2 THEN 'update' WHEN 3 THEN 'note_creation' WHEN 4 THEN 'delete' ELSE 'unsuspend' END,
    CASE k % 6 WHEN 0 THEN 'Elixir.Mobilizon.Actors.Actor' WHEN 1 THEN 'Elixir.Mobilizon.Reports.Report' WHEN 2 THEN 'Elixir.Mobilizon.Users.User'
               WHEN 3 THEN 'Elixir.Mobilizon.Reports.Note' WHEN 4 THEN 'Elixir.Mobilizon.Events.Event' ELSE 'Elixir.Mobilizon.Actors.Actor' END,
    CASE k % 6 WHEN 0 THEN a.i WHEN 1 THEN 1 + k % 45 WHEN 2 THEN u.i WHEN 3 THEN 1 + k % 60 WHEN 4 THEN 1 + k % 220 ELSE a.i END,
    CASE k % 6
      WHEN 0 THEN jsonb_build_object('preferred_username', a.uname, 'name', a.dname, 'domain', a.domain, 'summary', 'Profil suspendu', 'suspended', true)
      WHEN 1 THEN jsonb_build_object('status', 'resolved', 'id', 1 + k % 45)
      WHEN 2 THEN jsonb_build_object('email', u.email, 'confirmed_at', '2023-02-01T10:00:00Z', 'role', 'user')
      WHEN 3 THEN jsonb_build_object('content', 'Vérifié, rien d''anormal.', 'report_id', 1 + k % 45)
      WHEN 4 THEN jsonb_build_object('title', 'Soirée jeux de société', 'organizer_actor_id', 1 + k % 140)
      ELSE jsonb_build_object('preferred_username', a.uname, 'name', a.dname, 'suspended', false) END,
    (ARRAY[1, 2, 3, 17])[1 + k % 4], mgen.at('maal', k)
FROM generate_series(1, 120) k
JOIN mgen.a a ON a.i = 1 + fixture_gen.n('maa', k, 200)
JOIN mgen.a u ON u.i = 1 + fixture_gen.n('mau', k, 140);

-- ---------------------------------------------------------------- tokens, push, OAuth applications
CREATE TABLE feed_tokens (
    token uuid PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    actor_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO feed_tokens (token, user_id, actor_id, inserted_at, updated_at)
SELECT md5('mfeed:' || u.id || ':' || c)::uuid, u.id, CASE WHEN c = 1 THEN u.id ELSE NULL END, u.inserted_at + interval '30 days', u.inserted_at + interval '30 days'
FROM users u, generate_series(1, 2) c WHERE (u.id + c) % 3 = 0;

CREATE TABLE user_push_subscriptions (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    digest text NOT NULL,
    endpoint text NOT NULL,
    auth text NOT NULL,
    p256dh text NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO user_push_subscriptions (user_id, digest, endpoint, auth, p256dh, inserted_at, updated_at)
SELECT s.uid, encode(sha256(convert_to(s.ep, 'UTF8')), 'hex'), s.ep, mgen.tok('mpsa', k, 16), 'B' || mgen.tok('mpsk', k, 64), mgen.at('mpsi', k), mgen.at('mpsi', k)
FROM generate_series(1, 70) k, LATERAL (SELECT 1 + fixture_gen.n('mpsu', k, 140) AS uid,
    CASE k % 3 WHEN 0 THEN 'https://fcm.googleapis.com/fcm/send/' || fixture_gen.chars('mpsf', k, 11) || ':APA91b' || fixture_gen.chars('mpsf2', k, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
              WHEN 1 THEN 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB' || mgen.tok('mpsm', k, 150)
              ELSE 'https://web.push.apple.com/Q' || mgen.tok('mpsap', k, 110) END AS ep) s;

CREATE TABLE applications (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    client_id varchar(255) NOT NULL,
    client_secret varchar(255) NOT NULL,
    redirect_uris varchar(255) NOT NULL,
    scope varchar(255),
    website varchar(255),
    owner_type varchar(255),
    owner_id bigint,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO applications (name, client_id, client_secret, redirect_uris, scope, website, owner_type, owner_id, inserted_at, updated_at)
SELECT n.name, mgen.tok('mapcid', k, 32), mgen.tok('mapcs', k, 32), n.redir, n.scope, n.site, CASE WHEN k % 4 = 0 THEN 'Elixir.Mobilizon.Users.User' ELSE NULL END,
    CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('mapo', k, 140) ELSE NULL END, mgen.at('mapi', k), mgen.at('mapi', k)
FROM generate_series(1, 24) k, LATERAL (SELECT (ARRAY['Mobilizon Reshare', 'Mobilizon for Android', 'WordPress Connector for Mobilizon', 'Agenda du Libre importer', 'Mobilizon Poster',
        'Gancio bridge', 'Home Assistant', 'Mobilizon ICS sync'])[1 + k % 8] AS name,
    (ARRAY['urn:ietf:wg:oauth:2.0:oob', 'mobilizon://oauth-callback', 'https://www.rivesverte.example/wp-admin/admin.php?page=mobilizon', 'http://localhost:8080/callback'])[1 + k % 4] AS redir,
    (ARRAY['read write', 'read', 'write:event:create write:event:update read:event', 'read:user:participations'])[1 + k % 4] AS scope,
    (ARRAY['https://github.com/Tech-Workers-Coalition-Italia/mobilizon-reshare', 'https://mobilizon.org', 'https://wordpress.org/plugins/connector-mobilizon/', NULL])[1 + k % 4] AS site) n;

CREATE TABLE application_tokens (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id bigint NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    authorization_code varchar(255),
    scope varchar(255),
    status varchar(255) NOT NULL DEFAULT 'pending',
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO application_tokens (user_id, application_id, authorization_code, scope, status, inserted_at, updated_at)
SELECT 1 + fixture_gen.n('matu', k, 140), 1 + k % 24, CASE WHEN k % 3 = 0 THEN mgen.tok('matc', k, 32) ELSE NULL END,
    (ARRAY['read write', 'read', 'write:event:create write:event:update read:event', 'read:user:participations'])[1 + k % 4],
    CASE WHEN k % 3 = 0 THEN 'pending' ELSE 'success' END, mgen.at('mati', k), mgen.at('mati', k) + interval '2 minutes'
FROM generate_series(1, 60) k;

CREATE TABLE application_device_activation (
    id bigserial PRIMARY KEY,
    user_code varchar(255) NOT NULL,
    device_code varchar(255) NOT NULL,
    expires_in integer NOT NULL,
    status varchar(255) NOT NULL DEFAULT 'pending',
    scope varchar(255),
    user_id bigint REFERENCES users(id) ON DELETE CASCADE,
    application_id bigint NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO application_device_activation (user_code, device_code, expires_in, status, scope, user_id, application_id, inserted_at, updated_at)
SELECT fixture_gen.chars('madu', k, 4, 'BCDFGHJKLMNPQRSTVWXZ') || '-' || fixture_gen.chars('madu2', k, 4, 'BCDFGHJKLMNPQRSTVWXZ'), mgen.tok('madd', k, 30), 900,
    (ARRAY['pending', 'confirmed', 'incorrect_device_code', 'access_denied'])[1 + k % 4], 'read write',
    CASE WHEN k % 4 = 1 THEN 1 + fixture_gen.n('madus', k, 140) ELSE NULL END, 1 + k % 24, mgen.at('madi', k), mgen.at('madi', k) + interval '1 minute'
FROM generate_series(1, 30) k;

-- ---------------------------------------------------------------- group activity stream
CREATE TABLE activities (
    id bigserial PRIMARY KEY,
    priority integer NOT NULL,
    type varchar(255) NOT NULL,
    subject varchar(255) NOT NULL,
    subject_params jsonb NOT NULL,
    message varchar(255),
    message_params jsonb,
    object_type varchar(255) NOT NULL,
    object_id varchar(255),
    author_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    group_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL
);
INSERT INTO activities (priority, type, subject, subject_params, message, message_params, object_type, object_id, author_id, group_id, inserted_at)
SELECT CASE WHEN k % 5 = 0 THEN 2 ELSE 1 END, t.type, t.subject, t.params, NULL, '{}'::jsonb, t.otype, t.oid, au.i, g.i, mgen.at('mact', k)
FROM generate_series(1, 300) k
JOIN mgen.a au ON au.i = 1 + fixture_gen.n('mactau', k, 140)
JOIN mgen.a m ON m.i = 1 + fixture_gen.n('mactm', k, 200)
JOIN mgen.a g ON g.i = 201 + fixture_gen.n('mactg', k, 30),
LATERAL (SELECT CASE k % 5
    WHEN 0 THEN 'member' WHEN 1 THEN 'event' WHEN 2 THEN 'discussion' WHEN 3 THEN 'resource' ELSE 'post' END AS type,
  CASE k % 5
    WHEN 0 THEN (ARRAY['member_joined', 'member_approved', 'member_invited', 'member_removed', 'member_updated'])[1 + k % 25 / 5]
    WHEN 1 THEN (ARRAY['event_created', 'event_updated', 'event_deleted'])[1 + k % 3]
    WHEN 2 THEN (ARRAY['discussion_created', 'discussion_replied', 'discussion_renamed'])[1 + k % 3]
    WHEN 3 THEN (ARRAY['resource_created', 'resource_renamed', 'resource_moved'])[1 + k % 3]
    ELSE (ARRAY['post_created', 'post_updated'])[1 + k % 2] END AS subject,
  CASE k % 5
    WHEN 0 THEN jsonb_build_object('member_actor_name', m.dname, 'member_actor_federated_username', m.uname || coalesce('@' || m.domain, ''), 'group_name', g.dname)
    WHEN 1 THEN jsonb_build_object('event_title', 'Repair café', 'event_uuid', fixture_gen.uuid('mevu', 1 + k % 220))
    WHEN 2 THEN jsonb_build_object('discussion_title', (SELECT title FROM discussions ORDER BY id OFFSET k % 40 LIMIT 1), 'discussion_slug', 'x')
    WHEN 3 THEN jsonb_build_object('resource_title', (SELECT title FROM resources ORDER BY id OFFSET k % 150 LIMIT 1), 'is_folder', false)
    ELSE jsonb_build_object('post_title', 'Appel à bénévoles', 'post_slug', 'appel-a-benevoles') END AS params,
  CASE k % 5 WHEN 0 THEN 'member' WHEN 1 THEN 'event' WHEN 2 THEN 'discussion' WHEN 3 THEN 'resource' ELSE 'post' END AS otype,
  CASE k % 5 WHEN 0 THEN fixture_gen.uuid('mmem', 1 + k % 350) WHEN 1 THEN (1 + k % 220)::text ELSE fixture_gen.uuid('mobj', k) END AS oid) t;
UPDATE activities SET subject_params = jsonb_set(subject_params, '{discussion_slug}', to_jsonb(d.slug))
FROM discussions d WHERE activities.type = 'discussion' AND d.title = activities.subject_params->>'discussion_title';

-- ---------------------------------------------------------------- instance settings, jobs, federation
CREATE TABLE admin_settings (
    id bigserial PRIMARY KEY,
    "group" varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    value text,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO admin_settings ("group", name, value, inserted_at, updated_at) VALUES
 ('instance', 'instance_name', 'Rives Vertes — agenda associatif', '2021-03-01 09:00:00', '2023-01-10 09:00:00'),
 ('instance', 'instance_description', 'L''agenda des associations de quartier de la métropole lyonnaise.', '2021-03-01 09:00:00', '2023-01-10 09:00:00'),
 ('instance', 'instance_long_description', 'Rives Vertes est une instance Mobilizon gérée bénévolement par l''association du même nom. Nous hébergeons les groupes et événements des associations de quartier.', '2021-03-01 09:00:00', '2023-01-10 09:00:00'),
 ('instance', 'instance_slogan', 'Se retrouver, près de chez soi', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'contact', 'Giulia Rossi (présidente) — giulia.rossi@rivesverte.example — +33 6 71 42 19 08', '2021-03-01 09:00:00', '2024-02-02 09:00:00'),
 ('instance', 'instance_terms_type', 'CUSTOM', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_terms', '<p>En utilisant ce service, vous acceptez les règles ci-dessous…</p>', '2021-03-01 09:00:00', '2022-05-01 09:00:00'),
 ('instance', 'instance_terms_url', NULL, '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_privacy_policy_type', 'CUSTOM', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_privacy_policy', '<p>Responsable de traitement : Association Rives Vertes, représentée par Giulia Rossi, 12 montée de la Grande Côte, 69001 Lyon. Délégué à la protection des données : Omar Benali, dpo@rivesverte.example.</p>', '2021-03-01 09:00:00', '2024-02-02 09:00:00'),
 ('instance', 'instance_privacy_policy_url', NULL, '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_rules', '<ul><li>Pas d''événements commerciaux</li><li>Respect de toutes et tous</li><li>Pas d''adresse de domicile sans accord</li></ul>', '2021-03-01 09:00:00', '2022-05-01 09:00:00'),
 ('instance', 'registrations_open', 'true', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_languages', '["fr","en"]', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_logo', '{"url":"https://agenda.rivesverte.example/media/logo.png","name":"logo-rives-vertes.png","content_type":"image/png","size":18230}', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'instance_favicon', '{"url":"https://agenda.rivesverte.example/media/favicon.png","name":"favicon.png","content_type":"image/png","size":1240}', '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'default_picture', NULL, '2021-03-01 09:00:00', '2021-03-01 09:00:00'),
 ('instance', 'primary_color', '#2a9d8f', '2023-01-10 09:00:00', '2023-01-10 09:00:00'),
 ('instance', 'secondary_color', '#e9c46a', '2023-01-10 09:00:00', '2023-01-10 09:00:00'),
 ('instance', 'instance_long_description_moderation', 'Modération : Aylin Yılmaz et Emre Demir, joignables via moderation@rivesverte.example.', '2021-03-01 09:00:00', '2024-02-02 09:00:00');

CREATE TABLE oban_jobs (
    id bigserial PRIMARY KEY,
    state varchar(255) NOT NULL DEFAULT 'available',
    queue text NOT NULL DEFAULT 'default',
    worker text NOT NULL,
    args jsonb NOT NULL DEFAULT '{}',
    errors jsonb[] NOT NULL DEFAULT ARRAY[]::jsonb[],
    attempt integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 20,
    inserted_at timestamp NOT NULL,
    scheduled_at timestamp NOT NULL,
    attempted_at timestamp,
    completed_at timestamp,
    attempted_by text[],
    discarded_at timestamp,
    priority integer NOT NULL DEFAULT 0,
    tags varchar(255)[] DEFAULT ARRAY[]::varchar[],
    meta jsonb DEFAULT '{}',
    cancelled_at timestamp
);
INSERT INTO oban_jobs (state, queue, worker, args, errors, attempt, max_attempts, inserted_at, scheduled_at, attempted_at, completed_at, attempted_by, discarded_at, priority, tags, meta, cancelled_at)
SELECT j.state, j.queue, j.worker, j.args,
    CASE WHEN j.state IN ('retryable', 'discarded') THEN ARRAY[jsonb_build_object('at', to_char(t0 + interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'attempt', 1, 'error', j.err)] ELSE ARRAY[]::jsonb[] END,
    CASE WHEN j.state = 'available' OR j.state = 'scheduled' THEN 0 WHEN j.state = 'discarded' THEN 5 ELSE 1 END,
    CASE WHEN j.queue = 'mailers' THEN 5 ELSE 20 END,
    t0, t0 + CASE WHEN j.state = 'scheduled' THEN interval '2 days' ELSE interval '0' END,
    CASE WHEN j.state IN ('available', 'scheduled') THEN NULL ELSE t0 + interval '1 second' END,
    CASE WHEN j.state = 'completed' THEN t0 + interval '2 seconds' ELSE NULL END,
    CASE WHEN j.state IN ('available', 'scheduled') THEN NULL ELSE ARRAY['mobilizon@agenda-1', fixture_gen.uuid('mobn', k)] END,
    CASE WHEN j.state = 'discarded' THEN t0 + interval '3 hours' ELSE NULL END,
    0, ARRAY[]::varchar[], '{}'::jsonb, NULL
FROM generate_series(1, 240) k,
LATERAL (SELECT timestamp '2024-09-01 00:00:00' + make_interval(secs => k * 10000 + fixture_gen.n('mojt', k, 9000)) AS t0) tt,
LATERAL (SELECT * FROM mgen.a p WHERE p.i = 1 + fixture_gen.n('mojp', k, 200)) p,
LATERAL (SELECT
    CASE WHEN k % 17 = 3 THEN 'discarded' WHEN k % 13 = 5 THEN 'retryable' WHEN k % 11 = 0 THEN 'scheduled' WHEN k > 225 THEN 'available' ELSE 'completed' END AS state,
    (ARRAY['mailers', 'notifications', 'activity', 'search', 'background', 'refresh_profiles', 'mailers', 'activity'])[1 + k % 8] AS queue,
    (ARRAY['Mobilizon.Service.Workers.Mailer', 'Mobilizon.Service.Workers.Notification', 'Mobilizon.Federation.ActivityPub.Workers.Publisher', 'Mobilizon.Service.Workers.BuildSearch',
           'Mobilizon.Service.Workers.Background', 'Mobilizon.Service.Workers.RefreshInstances', 'Mobilizon.Service.Workers.Mailer', 'Mobilizon.Federation.ActivityPub.Workers.Incoming'])[1 + k % 8] AS worker,
    CASE k % 8
      WHEN 0 THEN jsonb_build_object('op', 'send_email', 'email', coalesce(p.email, fixture_gen.email('mojm', k)), 'template', (ARRAY['registration_confirmation', 'password_reset', 'event_updated', 'participation_approved'])[1 + k % 4], 'locale', 'fr')
      WHEN 1 THEN jsonb_build_object('op', (ARRAY['before_event_notification', 'on_day_notification', 'pending_participation_notification'])[1 + k % 3], 'participant_id', fixture_gen.uuid('mpar', k), 'user_id', 1 + k % 140)
      WHEN 2 THEN jsonb_build_object('op', 'publish', 'activity_id', 'https://agenda.rivesverte.example/comments/' || fixture_gen.uuid('mcom', k), 'inbox', 'https://' || fixture_gen.pick(ARRAY['mobilizon.fr', 'mobilize.berlin', 'framapiaf.org'], 'mojin', k) || '/inbox')
      WHEN 3 THEN jsonb_build_object('op', 'update_search_event', 'event_id', 1 + k % 220)
      WHEN 4 THEN jsonb_build_object('op', (ARRAY['delete_actor', 'export_participants', 'refresh_profile'])[1 + k % 3], 'actor_id', p.i, 'author_id', 1, 'reserve_username', true)
      WHEN 5 THEN jsonb_build_object('op', 'refresh_instance', 'domain', fixture_gen.pick(ARRAY['mobilizon.fr', 'mobilize.berlin', 'keskonfai.fr', 'mobilizon.it'], 'mojd', k))
      WHEN 6 THEN jsonb_build_object('op', 'anonymous_participation_confirmation', 'email', fixture_gen.email('mojae', k), 'participant_id', fixture_gen.uuid('mpar', k), 'locale', 'fr')
      ELSE jsonb_build_object('op', 'incoming_ap_doc', 'params', jsonb_build_object('type', 'Create', 'actor', p.base, 'object', jsonb_build_object('type', 'Note', 'attributedTo', p.base,
           'content', '<p>Je m''inscris ! Mon numéro : ' || fixture_gen.phone('mojph', k) || '</p>', 'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public')))) END AS args,
    CASE k % 8
      WHEN 0 THEN '** (Swoosh.DeliveryError) delivery error: {:permanent_failure, ''smtp.rivesverte.example'', "550 5.1.1 <' || coalesce(p.email, fixture_gen.email('mojm', k)) || '>: Recipient address rejected: User unknown"}'
      WHEN 6 THEN '** (Swoosh.DeliveryError) delivery error: {:retries_exceeded, {:network_failure, ''smtp.rivesverte.example'', {:error, :timeout}}}'
      WHEN 2 THEN '** (RuntimeError) Error while sending activity: {:error, %Tesla.Env{status: 410, url: "https://framapiaf.org/inbox"}}'
      ELSE '** (Ecto.NoResultsError) expected at least one result but got none in query' END AS err) j;

CREATE TABLE instances (
    domain varchar(255) PRIMARY KEY,
    event_count bigint,
    person_count bigint,
    group_count bigint,
    followers_count bigint,
    followings_count bigint,
    reports_count bigint,
    media_size numeric
);
INSERT INTO instances (domain, event_count, person_count, group_count, followers_count, followings_count, reports_count, media_size)
SELECT d, 10 + fixture_gen.n('mine', k, 4000), 5 + fixture_gen.n('minp', k, 900), fixture_gen.n('ming', k, 120), fixture_gen.n('minf', k, 3), fixture_gen.n('minfo', k, 3),
    fixture_gen.n('minr', k, 6), fixture_gen.n('minm', k, 900000000)
FROM unnest(ARRAY['mobilizon.fr', 'mobilize.berlin', 'keskonfai.fr', 'mobilizon.it', 'events.coop.example', 'mastodon.social', 'framapiaf.org', 'eventribe.ch.example',
    'mobilizon.nl.example', 'mobilizon.at.example', 'mobilizon.be.example', 'agenda.libre.example', 'mobilizon.extinctionrebellion.fr', 'mobilizon.chapril.org']) WITH ORDINALITY AS x(d, k);

CREATE TABLE instance_actors (
    id bigserial PRIMARY KEY,
    domain varchar(255) NOT NULL,
    actor_id bigint REFERENCES actors(id) ON DELETE SET NULL,
    instance_name varchar(255),
    instance_description text,
    software varchar(255),
    software_version varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO instance_actors (domain, actor_id, instance_name, instance_description, software, software_version, inserted_at, updated_at)
SELECT domain, NULL, initcap(split_part(domain, '.', 1)), 'Instance Mobilizon ouverte aux collectifs et associations.',
    CASE WHEN domain IN ('mastodon.social', 'framapiaf.org') THEN 'mastodon' ELSE 'Mobilizon' END,
    CASE WHEN domain IN ('mastodon.social', 'framapiaf.org') THEN '4.2.12' ELSE (ARRAY['4.1.0', '4.0.2', '3.2.0', '5.0.0-beta.1'])[1 + length(domain) % 4] END,
    mgen.at('mia', length(domain)), mgen.at('mia', length(domain)) + interval '30 days'
FROM instances;

CREATE TABLE shares (
    id bigserial PRIMARY KEY,
    uri varchar(255) NOT NULL,
    actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    owner_actor_id bigint NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO shares (uri, actor_id, owner_actor_id, inserted_at, updated_at)
SELECT 'https://agenda.rivesverte.example/events/' || fixture_gen.uuid('mevu', 1 + fixture_gen.n('mshe', k, 220)), 141 + fixture_gen.n('msha', k, 60), 1 + fixture_gen.n('msho', k, 140),
    mgen.at('mshi', k), mgen.at('mshi', k)
FROM generate_series(1, 80) k;

CREATE TABLE bots (
    id bigserial PRIMARY KEY,
    source varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    actor_id bigint REFERENCES actors(id) ON DELETE CASCADE,
    user_id bigint REFERENCES users(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO bots (source, type, actor_id, user_id, inserted_at, updated_at)
SELECT CASE k % 3
      WHEN 0 THEN 'https://calendar.google.com/calendar/ical/' || replace(u.email, '@', '%40') || '/private-' || fixture_gen.hexn('mbotg', k, 32) || '/basic.ics'
      WHEN 1 THEN 'https://cloud.rivesverte.example/remote.php/dav/public-calendars/' || fixture_gen.chars('mbotn', k, 16) || '?export'
      ELSE 'https://www.agendadulibre.org/events.ics?region=' || (80 + k)::text END,
    'ics', 200 + k, u.id, mgen.at('mbot', k), mgen.at('mbot', k)
FROM generate_series(1, 12) k JOIN users u ON u.id = 1 + fixture_gen.n('mbotu', k, 140);

CREATE TABLE activity_settings (
    id bigserial PRIMARY KEY,
    key varchar(255) NOT NULL,
    method varchar(255) NOT NULL,
    enabled boolean NOT NULL,
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO activity_settings (key, method, enabled, user_id, inserted_at, updated_at)
SELECT (ARRAY['event_created', 'event_updated', 'discussion_updated', 'post_published', 'member_request', 'participation_event_comment', 'event_new_comment'])[1 + (u.id + c) % 7],
    CASE WHEN c % 2 = 0 THEN 'email' ELSE 'push' END, (u.id + c) % 3 <> 0, u.id, u.inserted_at + interval '1 day', u.inserted_at + interval '1 day'
FROM users u, generate_series(1, 3) c WHERE u.id % 2 = 0;

CREATE TABLE schema_migrations (
    version bigint PRIMARY KEY,
    inserted_at timestamp(0)
);
INSERT INTO schema_migrations (version, inserted_at)
SELECT 20180000000000 + k::bigint * 150000000 + fixture_gen.n('msm', k, 1000000), timestamp '2021-03-01 08:00:00' + make_interval(secs => k * 3000000)
FROM generate_series(1, 40) k;

-- ---------------------------------------------------------------- done
SELECT fixture_gen.reset_sequences('public');
DROP SCHEMA mgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
