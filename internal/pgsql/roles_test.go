package pgsql

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMapRoles(t *testing.T) {
	script := `CREATE SCHEMA billing AUTHORIZATION prod_owner;
ALTER TABLE public.users OWNER TO prod_owner;
ALTER FUNCTION public.f() OWNER TO prod_owner;
ALTER SEQUENCE public.s OWNER TO gone;
GRANT SELECT ON TABLE public.users TO prod_app, reporting, PUBLIC;
GRANT ALL ON TABLE public.orders TO gone;
REVOKE ALL ON TABLE public.orders FROM prod_app;
ALTER DEFAULT PRIVILEGES FOR ROLE gone IN SCHEMA public GRANT SELECT ON TABLES TO prod_app;
ALTER DEFAULT PRIVILEGES FOR ROLE prod_owner IN SCHEMA public GRANT SELECT ON TABLES TO prod_app;
GRANT gone TO prod_app;
CREATE TABLE public.t (id int);
`
	onTarget := map[string]bool{"staging_owner": true, "staging_app": true, "reporting": true}
	out, report, err := MapRoles(script, map[string]string{"prod_owner": "staging_owner", "prod_app": "staging_app"}, func(r string) bool { return onTarget[r] })
	require.NoError(t, err)
	for _, want := range []string{
		"CREATE SCHEMA billing AUTHORIZATION staging_owner",
		"ALTER TABLE public.users OWNER TO staging_owner",
		"ALTER FUNCTION public.f() OWNER TO staging_owner",
		"-- understudy: removed OWNER TO (the role is not on the target)",
		"GRANT select ON public.users TO staging_app, reporting, public",
		"-- understudy: removed GRANT (the roles are not on the target)",
		"REVOKE ALL ON public.orders FROM staging_app",
		"-- understudy: removed ALTER DEFAULT PRIVILEGES (the role is not on the target)",
		"FOR ROLE staging_owner",
		"-- understudy: removed GRANT role (a role is not on the target)",
		"CREATE TABLE public.t (id int);",
	} {
		require.Contains(t, out, want)
	}
	require.NotContains(t, out, "prod_")
	require.NotContains(t, out, "TO gone")
	require.Len(t, report, 10)
	require.True(t, strings.HasSuffix(out, "CREATE TABLE public.t (id int);\n"))
}
