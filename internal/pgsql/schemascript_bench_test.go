package pgsql

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkSchemaStatements splits a pg_dump-shaped script of 2,000
// tables, each with a sequence default, two foreign keys and three
// indexes (the shape of issue 11's schema benchmark), as a run does for
// its pre-data and post-data sections.
func BenchmarkSchemaStatements(b *testing.B) {
	var sb strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&sb, `CREATE TABLE public.t%04d (
    id bigint DEFAULT nextval('public.t%04d_id_seq'::regclass) NOT NULL,
    a_id bigint, b_id bigint, label text, created_at timestamp with time zone
);
ALTER TABLE ONLY public.t%04d ADD CONSTRAINT t%04d_pkey PRIMARY KEY (id);
CREATE INDEX t%04d_label_idx ON public.t%04d USING btree (label);
CREATE INDEX t%04d_created_idx ON public.t%04d USING btree (created_at);
ALTER TABLE ONLY public.t%04d ADD CONSTRAINT t%04d_a_fkey FOREIGN KEY (a_id) REFERENCES public.t%04d(id);
`, i, i, i, i, i, i, i, i, i, i, max(i-1, 0))
	}
	script := sb.String()
	b.SetBytes(int64(len(script)))
	b.ResetTimer()
	for range b.N {
		if _, _, err := SchemaStatements(script, ScriptEdits{Order: true}); err != nil {
			b.Fatal(err)
		}
	}
}
