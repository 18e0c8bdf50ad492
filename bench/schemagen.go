package main

import (
	"fmt"
	"strings"
	"time"
)

// schemaShape is issue 11's large schema: tables public.t1..tN, each with
// a primary key, two foreign keys (to the two tables before it; t1 and t2
// point at t1), three more indexes and rows rows, plus public.events,
// range-partitioned into partitions daily partitions of 5 rows each.
type schemaShape struct {
	tables, partitions, rows int
}

// relations counts the relations pg_dump locks: the tables, the
// partitioned table and its partitions.
func (s schemaShape) relations() int {
	if s.partitions == 0 {
		return s.tables
	}
	return s.tables + 1 + s.partitions
}

// eventsRowsPerPartition is the rows of each daily partition.
const eventsRowsPerPartition = 5

// sql is the script that builds the shape, the same for the same shape.
// psql runs it in autocommit, one statement per transaction, so building
// it takes the locks of one table at a time and fits a default server.
func (s schemaShape) sql() string {
	var b strings.Builder
	b.WriteString("-- written by bench: issue 11's large schema\nSET client_min_messages = warning;\n")
	for i := 1; i <= s.tables; i++ {
		a, c := max(i-1, 1), max(i-2, 1)
		fmt.Fprintf(&b, `CREATE TABLE public.t%[1]d (
    id bigserial PRIMARY KEY,
    a_id bigint NOT NULL,
    b_id bigint,
    email text NOT NULL,
    note text,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01'
);
INSERT INTO public.t%[1]d (a_id, b_id, email, note, created_at)
    SELECT g, g, 'user' || g || '@t%[1]d.example.com', 'note ' || g, timestamptz '2024-01-01' + g * interval '1 hour'
    FROM generate_series(1, %[2]d) g;
ALTER TABLE public.t%[1]d ADD FOREIGN KEY (a_id) REFERENCES public.t%[3]d (id), ADD FOREIGN KEY (b_id) REFERENCES public.t%[4]d (id);
CREATE INDEX ON public.t%[1]d (a_id);
CREATE INDEX ON public.t%[1]d (b_id);
CREATE INDEX ON public.t%[1]d (created_at);
`, i, s.rows, a, c)
	}
	if s.partitions > 0 {
		b.WriteString(`CREATE TABLE public.events (
    id bigint NOT NULL,
    day date NOT NULL,
    user_email text,
    payload text,
    PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);
`)
		day := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
		for range s.partitions {
			next := day.AddDate(0, 0, 1)
			fmt.Fprintf(&b, "CREATE TABLE public.events_%s PARTITION OF public.events FOR VALUES FROM ('%s') TO ('%s');\n",
				day.Format("20060102"), day.Format(time.DateOnly), next.Format(time.DateOnly))
			fmt.Fprintf(&b, "INSERT INTO public.events_%s SELECT g, '%s', 'someone' || g || '@example.com', 'payload' FROM generate_series(1, %d) g;\n",
				day.Format("20060102"), day.Format(time.DateOnly), eventsRowsPerPartition)
			day = next
		}
	}
	// VACUUM and a database-wide ANALYZE run one table per transaction.
	b.WriteString("VACUUM (ANALYZE);\n")
	return b.String()
}

// rowCount is the rows of the shape.
func (s schemaShape) rowCount() int64 {
	return int64(s.tables)*int64(s.rows) + int64(s.partitions)*eventsRowsPerPartition
}
