package pgsql

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestOmitProductionOnly(t *testing.T) {
	t.Parallel()
	in := `CREATE TRIGGER touch BEFORE UPDATE ON public.rooms FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE PUBLICATION analytics WITH (publish = 'insert, update');
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION analytics ADD TABLE ONLY booking.reservations;
COMMENT ON PUBLICATION analytics IS 'for the warehouse';
ALTER PUBLICATION analytics OWNER TO etl;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end
   EXECUTE FUNCTION "Audit".log_ddl();
ALTER EVENT TRIGGER log_ddl DISABLE;
COMMENT ON EVENT TRIGGER log_ddl IS 'audit';
ALTER EVENT TRIGGER log_ddl OWNER TO dba;
COMMENT ON TABLE public.rooms IS 'kept';
`
	out, report, err := OmitProductionOnly(in)
	require.NoError(t, err)
	want := `CREATE TRIGGER touch BEFORE UPDATE ON public.rooms FOR EACH ROW EXECUTE FUNCTION public.touch();
-- understudy: removed CREATE PUBLICATION (` + reasonPublication + `)
-- understudy: removed CREATE PUBLICATION (` + reasonPublication + `)
-- understudy: removed ALTER PUBLICATION (` + reasonPublication + `)
-- understudy: removed COMMENT ON PUBLICATION (` + reasonPublication + `)
-- understudy: removed ALTER PUBLICATION OWNER (` + reasonPublication + `)
-- understudy: removed CREATE EVENT TRIGGER (` + reasonEventTrigger + `)
-- understudy: removed ALTER EVENT TRIGGER (` + reasonEventTrigger + `)
-- understudy: removed COMMENT ON EVENT TRIGGER (` + reasonEventTrigger + `)
-- understudy: removed ALTER EVENT TRIGGER OWNER (` + reasonEventTrigger + `)
COMMENT ON TABLE public.rooms IS 'kept';
`
	require.Equal(t, want, out)
	var objects []string
	for _, s := range report {
		objects = append(objects, s.Kind+" "+s.Object)
	}
	require.Equal(t, []string{"CREATE PUBLICATION analytics", "CREATE PUBLICATION everything", "ALTER PUBLICATION analytics",
		"COMMENT ON PUBLICATION analytics", "ALTER PUBLICATION OWNER analytics", "CREATE EVENT TRIGGER log_ddl",
		"ALTER EVENT TRIGGER log_ddl", "COMMENT ON EVENT TRIGGER log_ddl", "ALTER EVENT TRIGGER OWNER log_ddl"}, objects)
	again, report, err := OmitProductionOnly(out)
	require.NoError(t, err)
	require.Equal(t, out, again)
	require.Empty(t, report)
}
