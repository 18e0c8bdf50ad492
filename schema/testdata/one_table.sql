CREATE TABLE public.only_table (id int PRIMARY KEY);
