-- Constraints added NOT VALID, as a Rails application adds them
-- (add_foreign_key ..., validate: false; add_check_constraint ...,
-- validate: false) on tables too large to scan at deploy time. Production
-- holds rows that violate two of them (tokens of deleted users, a diary
-- entry without a language) and none that violate the others.
CREATE TABLE public.users (
    id bigserial PRIMARY KEY,
    email character varying NOT NULL,
    display_name character varying NOT NULL,
    status character varying NOT NULL DEFAULT 'pending'
);
CREATE TABLE public.oauth_applications (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL,
    name character varying NOT NULL
);
CREATE TABLE public.oauth_access_tokens (
    id bigserial PRIMARY KEY,
    resource_owner_id bigint,
    application_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL
);
CREATE TABLE public.diary_entries (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    title character varying NOT NULL,
    language_code character varying NOT NULL DEFAULT 'en'
);
-- Outside public, with names that need quotes.
CREATE SCHEMA "Social";
CREATE TABLE "Social"."Follows" (
    "Id" bigserial PRIMARY KEY,
    "FollowerId" bigint NOT NULL,
    "Weight" integer NOT NULL
);

INSERT INTO public.users (id, email, display_name, status)
SELECT i, 'user' || i || '@example.org', 'User ' || i, CASE WHEN i % 5 = 0 THEN 'suspended' ELSE 'active' END
FROM generate_series(1, 20) i;
INSERT INTO public.oauth_applications (id, owner_id, name)
SELECT i, i, 'App ' || i FROM generate_series(1, 3) i;
INSERT INTO public.oauth_access_tokens (resource_owner_id, application_id, created_at)
SELECT 1 + i % 20, 1 + i % 3, timestamp '2024-01-01' + i * interval '1 hour' FROM generate_series(1, 30) i;
INSERT INTO public.diary_entries (user_id, title, language_code)
SELECT 1 + i % 20, 'Entry ' || i, 'en' FROM generate_series(1, 25) i;
INSERT INTO "Social"."Follows" ("FollowerId", "Weight")
SELECT 1 + i % 20, 1 + i % 7 FROM generate_series(1, 15) i;

-- Users deleted long ago, their tokens left behind.
INSERT INTO public.oauth_access_tokens (resource_owner_id, application_id, created_at) VALUES
    (9001, 1, '2019-05-01'), (9001, 2, '2019-05-02'), (9002, 1, '2019-06-01');
-- An entry written before language_code was required.
INSERT INTO public.diary_entries (user_id, title, language_code) VALUES (3, 'Old entry', '');

SELECT setval('public.users_id_seq', 20), setval('public.oauth_applications_id_seq', 3);

ALTER TABLE ONLY public.oauth_access_tokens
    ADD CONSTRAINT fk_rails_ee63f25419 FOREIGN KEY (resource_owner_id) REFERENCES public.users(id) NOT VALID;
ALTER TABLE ONLY public.oauth_access_tokens
    ADD CONSTRAINT fk_rails_732cb83ab7 FOREIGN KEY (application_id) REFERENCES public.oauth_applications(id) NOT VALID;
ALTER TABLE ONLY public.diary_entries
    ADD CONSTRAINT fk_rails_diary_user FOREIGN KEY (user_id) REFERENCES public.users(id) NOT VALID;
ALTER TABLE public.diary_entries
    ADD CONSTRAINT diary_entries_language_code_present CHECK (language_code <> '') NOT VALID;
ALTER TABLE public.users
    ADD CONSTRAINT users_status_known CHECK (status IN ('pending', 'active', 'suspended')) NOT VALID;
ALTER TABLE ONLY "Social"."Follows"
    ADD CONSTRAINT "Follows_Follower_fk" FOREIGN KEY ("FollowerId") REFERENCES public.users(id) NOT VALID;
ALTER TABLE "Social"."Follows"
    ADD CONSTRAINT "Weight_Positive" CHECK ("Weight" > 0) NOT VALID;
